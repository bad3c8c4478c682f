using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>
/// The redactor for <see cref="PrivacyTaxonomy.FreeText"/>: scans the text and replaces each personal-data item with
/// the redactor its kind has everywhere else (a phone number in a note is masked exactly as a
/// <see cref="PrivacyTaxonomy.PhoneNumber"/> field is); the rest of the text is kept. <c>AddPrivacyKit()</c> registers it
/// for <see cref="PrivacyTaxonomy.FreeText"/>. Like the other Privacy.Kit redactors it drops the <c>:TagName</c> suffix
/// Microsoft's logger appends to a classified value.
/// </summary>
/// <remarks>
/// The same redaction runs on a value (<see cref="Redactor"/>'s span and string API, one scan per value: the output
/// computed for <see cref="GetRedactedLength(ReadOnlySpan{char})"/> is reused by the redaction that follows it) and on
/// a stream of any length (<see cref="Redact(TextReader, TextWriter)"/>, <see cref="RedactUtf8(Stream, Stream)"/> and
/// their asynchronous forms), which reads in constant memory, scans each character once, uses every core and writes
/// the output in input order. A stream's output equals the string API's output for the same text; everything that
/// is not an item comes out unchanged, line breaks and a byte order mark included.
/// </remarks>
[Redacts(Keeps = "the text without the personal data the scanner finds")]
public sealed class FreeTextRedactor : Redactor
{
    /// <summary>Values up to this many characters are remembered between measuring and redacting them.</summary>
    private const int MaxMemoInputLength = 16 * 1024;

    [ThreadStatic]
    private static RedactionMemo? t_memo;

    [ThreadStatic]
    private static TextRedactionWriter? t_writer;

    private readonly int memoOwner = RedactionMemo.NewOwner();
    private readonly Lazy<KindRedactors> byKind;
    private readonly WordCues cues;

    /// <summary>Initializes a new instance that takes each kind's redactor from <paramref name="kindRedactors"/>.</summary>
    /// <param name="kindRedactors">The provider that maps each <see cref="PrivacyTaxonomy"/> classification to its redactor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kindRedactors"/> is <see langword="null"/>.</exception>
    public FreeTextRedactor(IRedactorProvider kindRedactors)
        : this(kindRedactors, WordCues.Default)
    {
    }

    /// <summary>Initializes a new instance over a provider that also finds a user's special-category terms.</summary>
    internal FreeTextRedactor(IRedactorProvider kindRedactors, WordCues cues)
    {
        ArgumentNullException.ThrowIfNull(kindRedactors);

        // Resolved on first use, so a provider may hold this redactor among its own.
        byKind = new Lazy<KindRedactors>(() => KindRedactors.From(kindRedactors));
        this.cues = cues;
    }

    /// <summary>Initializes a new instance over redactors that are complete only once their owner is built.</summary>
    internal FreeTextRedactor(Func<KindRedactors> kindRedactors, WordCues? cues = null)
        : this(new Lazy<KindRedactors>(kindRedactors), cues ?? WordCues.Default)
    {
    }

    private FreeTextRedactor(Lazy<KindRedactors> byKind, WordCues cues)
    {
        this.byKind = byKind;
        this.cues = cues;
    }

    /// <summary>
    /// Gets the redactor that masks each item with Privacy.Kit's default redactor for its kind, as <c>AddPrivacyKit()</c>
    /// without options does (<c>06-12345678</c> becomes <c>+31***78</c>): for redacting text outside a redaction pipeline.
    /// </summary>
    public static FreeTextRedactor Default { get; } = (FreeTextRedactor)PrivacyKitRedactors.Default.For(PersonalDataKind.FreeText);

    /// <summary>Gets or sets how many characters a streaming redaction hands to one core at a time (tests use small ones).</summary>
    internal int SegmentLength { get; init; } = StreamingTextRedaction.DefaultSegmentLength;

    /// <summary>Gets or sets how many segments a streaming redaction redacts at once; 0 for one per core.</summary>
    internal int Parallelism { get; init; }

    /// <summary>
    /// Gets the special-category terms (GDPR Art. 9) this redactor finds besides the built-in Dutch and English ones;
    /// each is reported as <see cref="PrivacyTaxonomy.SpecialCategory"/> and replaced by that kind's redactor.
    /// </summary>
    public IReadOnlyList<string> SpecialCategoryTerms => cues.UserTerms;

    /// <summary>
    /// Returns a redactor that replaces items exactly as this one does and also finds <paramref name="terms"/> as
    /// special categories of personal data (GDPR Art. 9): a local clinic, a union or a condition the built-in lists lack.
    /// With <c>AddPrivacyKit()</c>, set <see cref="PrivacyKitRedactionOptions.SpecialCategoryTerms"/> instead.
    /// </summary>
    /// <param name="terms">
    /// Words or phrases, matched whole and case-insensitively; spaces around a term are ignored. They add to
    /// <see cref="SpecialCategoryTerms"/>.
    /// </param>
    /// <returns>The new redactor; building it takes a moment, so keep it rather than calling this per text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A term is empty, holds no letter or is longer than 100 characters; the message names it.</exception>
    public FreeTextRedactor WithSpecialCategoryTerms(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        List<string> all = [.. cues.UserTerms];
        foreach (var term in terms)
        {
            // The message is for people (a CLI prints it as it is), so it names the term and not the parameter.
            all.Add(Text.SpecialCategoryTerms.Problem(term) is { } problem
                ? throw new ArgumentException($"The special-category term '{term}' {problem}.")
                : term);
        }

        return new FreeTextRedactor(byKind, WordCues.Create(all))
        {
            SegmentLength = SegmentLength,
            Parallelism = Parallelism,
        };
    }

    /// <inheritdoc/>
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        input = DiscriminatorSuffix.Strip(input);
        var writer = RedactToWriter(input);
        if (input.Length <= MaxMemoInputLength)
        {
            var memo = t_memo ??= new RedactionMemo(MaxMemoInputLength, 0);
            writer.Chars.CopyTo(memo.Output(writer.Length));
            memo.Remember(memoOwner, input, writer.Length);
        }

        return writer.Length;
    }

    /// <inheritdoc/>
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        source = DiscriminatorSuffix.Strip(source);

        // When the caller measured this value first (as the logger and Redact(string) do), copy instead of scanning again.
        var redacted = t_memo is { } memo && memo.TryTake(memoOwner, source, out var remembered) ? remembered : RedactToWriter(source).Chars;
        return RedactionMemo.CopyOut(redacted, destination);
    }

    /// <summary>
    /// Copies the text of <paramref name="input"/> to <paramref name="output"/> with every personal-data item replaced,
    /// in constant memory, whatever the length of the input.
    /// </summary>
    /// <param name="input">The text to redact; read to its end, not disposed.</param>
    /// <param name="output">Receives the redacted text; flushed, not disposed.</param>
    /// <returns>How many items of each kind were replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    public TextRedactionCounts Redact(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        return Run(TextSource.From(input, asynchronous: false), TextSink.To(output, asynchronous: false), default).GetAwaiter().GetResult();
    }

    /// <summary>Asynchronously copies <paramref name="input"/> to <paramref name="output"/> with every personal-data item replaced.</summary>
    /// <param name="input">The text to redact; read to its end, not disposed.</param>
    /// <param name="output">Receives the redacted text; flushed, not disposed.</param>
    /// <param name="cancellationToken">Stops reading and writing.</param>
    /// <returns>How many items of each kind were replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    public async Task<TextRedactionCounts> RedactAsync(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        return await Run(TextSource.From(input, asynchronous: true), TextSink.To(output, asynchronous: true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Copies the UTF-8 text of <paramref name="input"/> to <paramref name="output"/> with every personal-data item
    /// replaced, in constant memory. Everything else comes out byte for byte, line breaks and a byte order mark included.
    /// </summary>
    /// <param name="input">UTF-8 text; read to its end, not disposed.</param>
    /// <param name="output">Receives the redacted text as UTF-8; flushed, not disposed.</param>
    /// <returns>How many items of each kind were replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidUtf8Exception">The input is not valid UTF-8; the text before the invalid bytes may have been written.</exception>
    public TextRedactionCounts RedactUtf8(Stream input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        return Run(TextSource.FromUtf8(input, asynchronous: false), TextSink.ToUtf8(output, asynchronous: false), default).GetAwaiter().GetResult();
    }

    /// <summary>Asynchronously copies UTF-8 text from <paramref name="input"/> to <paramref name="output"/> with every personal-data item replaced.</summary>
    /// <param name="input">UTF-8 text; read to its end, not disposed.</param>
    /// <param name="output">Receives the redacted text as UTF-8; flushed, not disposed.</param>
    /// <param name="cancellationToken">Stops reading and writing.</param>
    /// <returns>How many items of each kind were replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidUtf8Exception">The input is not valid UTF-8; the text before the invalid bytes may have been written.</exception>
    public async Task<TextRedactionCounts> RedactUtf8Async(Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        return await Run(TextSource.FromUtf8(input, asynchronous: true), TextSink.ToUtf8(output, asynchronous: true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asynchronously copies UTF-8 text from a pipe to another with every personal-data item replaced.</summary>
    /// <param name="input">UTF-8 text; read to its end and completed.</param>
    /// <param name="output">Receives the redacted text as UTF-8; flushed, not completed.</param>
    /// <param name="cancellationToken">Stops reading and writing.</param>
    /// <returns>How many items of each kind were replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidUtf8Exception">The input is not valid UTF-8; the text before the invalid bytes may have been written.</exception>
    public async Task<TextRedactionCounts> RedactUtf8Async(System.IO.Pipelines.PipeReader input, System.IO.Pipelines.PipeWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var reading = input.AsStream(leaveOpen: false);
        await using (reading.ConfigureAwait(false))
        {
            return await RedactUtf8Async(reading, output.AsStream(leaveOpen: true), cancellationToken).ConfigureAwait(false);
        }
    }

    private ValueTask<TextRedactionCounts> Run(TextSource source, TextSink sink, CancellationToken cancellationToken) =>
        new StreamingTextRedaction(byKind.Value, cues, SegmentLength, Parallelism).RunAsync(source, sink, cancellationToken);

    /// <summary>Redacts a whole value into this thread's writer (taken away while in use, so a nested redaction gets its own).</summary>
    private TextRedactionWriter RedactToWriter(ReadOnlySpan<char> text)
    {
        var writer = t_writer ?? new TextRedactionWriter(utf8: false);
        t_writer = null;
        writer.Clear();
        writer.Redact(text, 0, text.Length, byKind.Value, cues);
        t_writer = writer;
        return writer;
    }
}
