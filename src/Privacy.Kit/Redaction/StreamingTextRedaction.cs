using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Redacts a stream of text in constant memory, on every core, with the output in input order. Text is read into a
/// window and cut at line breaks into segments; each segment is scanned once and written, with its items replaced,
/// by its own <see cref="TextRedactionWriter"/>, the segments of a window in parallel; then the outputs are written in
/// order. An item is replaced by the segment it starts in, which reads past its cut to see the item whole; the next
/// segment then starts after that item (and is redone, in the rare case it was scanned from the cut already).
/// </summary>
/// <remarks>
/// The window holds the input's own units (<see cref="ITextUnits{T}"/>): UTF-8 bytes are decoded by each segment on
/// its core, and the text around the items is copied through as bytes, so the only work outside the segments is
/// reading and writing. The scanner reads a little text before an item (cue words) and never needs more than
/// <see cref="Overlap"/> characters after where an item starts, so every segment keeps <see cref="Context"/>
/// characters of the text before it and sees <see cref="Overlap"/> characters after its cut; the window carries its
/// last <see cref="Overlap"/> characters (at least) over to the next read. Memory is the window and one output buffer
/// per segment, whatever the input's length.
/// </remarks>
internal sealed class StreamingTextRedaction
{
    /// <summary>Longer than any item the scanner reports (an e-mail address is at most 318 characters).</summary>
    internal const int Overlap = 1024;

    /// <summary>Enough text before a segment for the cue words the scanner reads.</summary>
    internal const int Context = 256;

    /// <summary>The units (characters, or bytes of UTF-8) a segment covers before it is cut at a line break.</summary>
    internal const int DefaultSegmentLength = 128 * 1024;

    /// <summary>Segments per core in a window, so a core that finishes early takes another instead of waiting.</summary>
    private const int SegmentsPerCore = 4;

    private readonly KindRedactors redactors;
    private readonly WordCues cues;
    private readonly int segmentLength;
    private readonly int segmentCount;

    /// <param name="redactors">Each kind's redactor.</param>
    /// <param name="cues">The word cues the scanner looks for.</param>
    /// <param name="segmentLength">The units a segment covers before it is cut.</param>
    /// <param name="parallelism">How many segments a window holds; 0 for four per core (at most 16).</param>
    public StreamingTextRedaction(KindRedactors redactors, WordCues cues, int segmentLength = DefaultSegmentLength, int parallelism = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentLength, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(parallelism);
        this.redactors = redactors;
        this.cues = cues;
        this.segmentLength = segmentLength;
        segmentCount = parallelism > 0 ? parallelism : SegmentsPerCore * Math.Clamp(Environment.ProcessorCount, 1, 4);
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="sink"/> with every item replaced.</summary>
    /// <exception cref="InvalidUtf8Exception">A UTF-8 source is not valid UTF-8; what came before the invalid bytes may have been written.</exception>
    public ValueTask<TextRedactionCounts> RunAsync(TextSource source, TextSink sink, CancellationToken cancellationToken) =>
        source.IsUtf8 ? RunAsync<byte, Utf8Units>(source, sink, cancellationToken) : RunAsync<char, Utf16Units>(source, sink, cancellationToken);

    private async ValueTask<TextRedactionCounts> RunAsync<T, TUnits>(TextSource source, TextSink sink, CancellationToken cancellationToken)
        where T : unmanaged, IEquatable<T>
        where TUnits : ITextUnits<T>
    {
        var counts = new TextRedactionCounts();
        var window = new T[(segmentLength * segmentCount) + TUnits.Overlap + TUnits.Context + 4];
        var writers = new TextRedactionWriter[segmentCount];
        for (var i = 0; i < writers.Length; i++)
        {
            writers[i] = new TextRedactionWriter(sink.IsUtf8);
        }

        var segments = new Segment[segmentCount];
        long windowOffset = 0;
        var length = 0;
        var committed = 0;
        var ended = false;
        while (!ended)
        {
            // The source fills the window (given room for a surrogate pair); it reads 0 only at the end of the input.
            if (window.Length - length >= 2)
            {
                var read = await TUnits.ReadAsync(source, window.AsMemory(length), cancellationToken).ConfigureAwait(false);
                ended = read == 0;
                length += read;
            }

            var limit = ended ? length : length - TUnits.Overlap;
            if (limit <= committed)
            {
                continue;
            }

            var count = Plan<T, TUnits>(window, committed, limit, length, ended, segments);
            Redact<T, TUnits>(window, segments, count, writers, ended && segments[count - 1].TextEnd == length);
            for (var i = 0; i < count; i++)
            {
                if (segments[i].InvalidAt >= 0)
                {
                    throw new InvalidUtf8Exception(windowOffset + segments[i].InvalidAt);
                }

                await sink.WriteAsync(writers[i], cancellationToken).ConfigureAwait(false);
                counts.Add(writers[i].Counts);
            }

            committed = segments[count - 1].End;

            // Slide: keep what is not written yet and the context before it.
            var keepFrom = Math.Max(0, committed - TUnits.Context);
            window.AsSpan(keepFrom, length - keepFrom).CopyTo(window);
            windowOffset += keepFrom;
            length -= keepFrom;
            committed -= keepFrom;
        }

        await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        return counts;
    }

    /// <summary>Cuts <c>[committed, limit)</c> into segments at line breaks.</summary>
    private int Plan<T, TUnits>(T[] window, int committed, int limit, int length, bool ended, Segment[] segments)
        where T : unmanaged, IEquatable<T>
        where TUnits : ITextUnits<T>
    {
        var count = 0;
        var start = committed;
        while (start < limit && count < segments.Length)
        {
            var last = count == segments.Length - 1;
            var target = last ? limit : Math.Min(limit, start + segmentLength);
            var cut = ended && target == limit ? limit : LineStartBefore<T, TUnits>(window, start, target, length);
            segments[count++] = new Segment(start, cut, ended && cut == limit ? length : Math.Min(length, cut + TUnits.Overlap));
            start = cut;
        }

        return count;
    }

    /// <summary>Just after the last line break in <c>(start, target]</c>; about <paramref name="target"/> when the stretch has none.</summary>
    private static int LineStartBefore<T, TUnits>(T[] window, int start, int target, int length)
        where T : unmanaged, IEquatable<T>
        where TUnits : ITextUnits<T>
    {
        var lineBreak = window.AsSpan(start, target - start).LastIndexOf(TUnits.LineFeed);
        if (lineBreak >= 0)
        {
            return start + lineBreak + 1;
        }

        // No line break: cut anywhere, but never inside a character (the window holds text past the target).
        while (target < length && !TUnits.StartsCharacter(window, target))
        {
            target++;
        }

        return target;
    }

    private void Redact<T, TUnits>(T[] window, Segment[] segments, int count, TextRedactionWriter[] writers, bool lastIsFinal)
        where T : unmanaged, IEquatable<T>
        where TUnits : ITextUnits<T>
    {
        if (count == 1)
        {
            segments[0].Run<T, TUnits>(window, writers[0], redactors, cues, lastIsFinal);
            return;
        }

        Parallel.For(0, count, i => segments[i].Run<T, TUnits>(window, writers[i], redactors, cues, lastIsFinal && i == count - 1));

        // A segment that began scanning at its cut while the one before replaced an item straddling it starts again after the item.
        for (var i = 1; i < count && segments[i - 1].InvalidAt < 0; i++)
        {
            var previousEnd = segments[i - 1].End;
            if (previousEnd > segments[i].Start)
            {
                segments[i] = new Segment(previousEnd, Math.Max(previousEnd, segments[i].Cut), Math.Max(previousEnd, segments[i].TextEnd));
                segments[i].Run<T, TUnits>(window, writers[i], redactors, cues, lastIsFinal && i == count - 1);
            }
        }
    }

    /// <summary>One segment: the text from <see cref="Start"/> to <see cref="Cut"/>, scanned with the text up to <see cref="TextEnd"/> in view.</summary>
    private struct Segment(int start, int cut, int textEnd)
    {
        public readonly int Start = start;
        public readonly int Cut = cut;
        public readonly int TextEnd = textEnd;

        /// <summary>Gets where the segment's output ends: its cut, or the end of an item straddling it.</summary>
        public int End { get; private set; }

        /// <summary>Gets where in the window the segment stops being valid UTF-8; -1 when it is valid.</summary>
        public int InvalidAt { get; private set; }

        public void Run<T, TUnits>(T[] window, TextRedactionWriter writer, KindRedactors redactors, WordCues cues, bool final)
            where T : unmanaged, IEquatable<T>
            where TUnits : ITextUnits<T>
        {
            // Context from a character on: at least Context characters, or everything since the window's start.
            var from = Math.Max(0, Start - TUnits.Context);
            while (from < Start && !TUnits.StartsCharacter(window, from))
            {
                from++;
            }

            writer.Clear();
            End = from + TUnits.Redact(writer, window.AsSpan(from, TextEnd - from), Start - from, Cut - from, redactors, cues, final, out var invalidAt);
            InvalidAt = invalidAt < 0 ? -1 : from + invalidAt;
        }
    }
}
