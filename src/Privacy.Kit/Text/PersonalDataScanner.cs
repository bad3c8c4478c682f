using System.Buffers;

namespace Privacy.Kit.Text;

/// <summary>
/// Finds personal data in free text (call notes, transcripts, chat): BSN, Belgian national numbers, IBANs, payment
/// cards, phone numbers, e-mail addresses, IPv4/IPv6 addresses, Dutch postcodes, dates of birth and person names
/// introduced by a cue, in Dutch and English.
/// </summary>
/// <remarks>
/// One forward pass: a vectorised search skips to the next character that can start or anchor an item (a digit,
/// <c>+</c>, <c>@</c> or <c>:</c>) or to the next name cue, and only there are the recognizers run. Checksums are
/// combined with structure and the words before a number, so timestamps, order numbers and amounts stay. Nothing is
/// allocated; matches go into the caller's buffer in text order and never overlap.
/// </remarks>
public static class PersonalDataScanner
{
    /// <summary>The kinds of personal data the scanner finds, in <see cref="PersonalDataKind"/> order.</summary>
    public static IReadOnlyList<PersonalDataKind> Kinds { get; } =
    [
        PersonalDataKind.PersonalData, PersonalDataKind.PersonName, PersonalDataKind.EmailAddress, PersonalDataKind.PhoneNumber,
        PersonalDataKind.PostalAddress, PersonalDataKind.DateOfBirth, PersonalDataKind.NationalId, PersonalDataKind.BankAccount,
        PersonalDataKind.PaymentCard, PersonalDataKind.IpAddress, PersonalDataKind.SpecialCategory,
    ];

    /// <summary>Marks that the next name cue has not been searched for yet.</summary>
    internal const int CueNotSearched = -2;

    private static readonly SearchValues<char> Anchors = SearchValues.Create("0123456789+@:");

    /// <summary>Finds the personal-data items in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="destination">Receives the matches in text order.</param>
    /// <param name="startAt">
    /// Where to start looking; text before it is read only as context (cue words). To continue after a full
    /// <paramref name="destination"/>, call again with the <see cref="PersonalDataMatch.End"/> of the last match.
    /// </param>
    /// <returns>The number of matches written; equal to the destination length when there may be more.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startAt"/> is outside the text.</exception>
    public static int Scan(ReadOnlySpan<char> text, Span<PersonalDataMatch> destination, int startAt = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startAt);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startAt, text.Length);

        var nextCue = CueNotSearched;
        return Scan(text, destination, startAt, ref nextCue, WordCues.Default);
    }

    /// <summary>
    /// Scans like the public overload with the given word cues (the built-in ones plus a user's special-category
    /// terms), carrying the position of the next cue between calls so a caller that continues batch after batch
    /// searches the text for cues once, not once per batch.
    /// </summary>
    internal static int Scan(ReadOnlySpan<char> text, Span<PersonalDataMatch> destination, int startAt, ref int nextCue, WordCues cues)
    {
        if (nextCue == CueNotSearched)
        {
            nextCue = cues.Next(text, Math.Max(0, startAt - cues.MaxLength));
        }

        Span<int> groupBounds = stackalloc int[DigitGroups.MaxGroups * 2];
        var written = 0;
        var position = startAt;
        var lastEnd = startAt;
        while (written < destination.Length && position < text.Length)
        {
            var found = text[position..].IndexOfAny(Anchors);
            var anchor = found < 0 ? text.Length : position + found;
            if (nextCue >= 0 && nextCue < anchor)
            {
                var name = cues.Match(text, nextCue, out var resume);
                if (name.Length > 0 && name.Start >= lastEnd)
                {
                    destination[written++] = name;
                    position = lastEnd = name.End;
                }

                nextCue = cues.Next(text, Math.Max(resume, nextCue + 1));
                continue;
            }

            if (found < 0)
            {
                break;
            }

            // Look-back recognizers (e-mail, IPv6, IBAN) may start before the anchor, never inside an earlier match.
            var match = MatchAt(text, anchor, lastEnd, groupBounds, out var next);
            if (match.Length > 0 && match.Start >= lastEnd)
            {
                destination[written++] = match;
                next = lastEnd = match.End;
            }

            position = next;
        }

        return written;
    }

    /// <summary>Whether <paramref name="text"/> holds any personal data the scanner recognises.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns><see langword="true"/> when at least one item is found.</returns>
    public static bool ContainsPersonalData(ReadOnlySpan<char> text)
    {
        Span<PersonalDataMatch> one = stackalloc PersonalDataMatch[1];
        return Scan(text, one) > 0;
    }

    /// <summary>Enumerates the personal-data items in <paramref name="text"/> in order, without allocating.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public static PersonalDataMatchEnumerator EnumerateMatches(ReadOnlySpan<char> text) => new(text);

    /// <summary>Finds every personal-data item in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The matches in text order; an empty array, without allocating, when there are none.</returns>
    public static PersonalDataMatch[] FindAll(ReadOnlySpan<char> text)
    {
        List<PersonalDataMatch>? all = null;
        foreach (var match in EnumerateMatches(text))
        {
            (all ??= []).Add(match);
        }

        return all is null ? [] : [.. all];
    }

    private static PersonalDataMatch MatchAt(ReadOnlySpan<char> text, int anchor, int minStart, Span<int> groupBounds, out int next)
    {
        next = anchor + 1;
        switch (text[anchor])
        {
            case '@':
                return EmailAddresses.Match(text, anchor, minStart);
            case ':':
                return IpAddresses.MatchIpv6(text, anchor, minStart);
            case '+':
                return anchor + 1 < text.Length && char.IsAsciiDigit(text[anchor + 1]) && TextBoundaries.IsStartOfToken(text, anchor)
                    ? PhoneNumbers.MatchInternational(text, DigitGroups.Parse(text, anchor + 1, groupBounds), anchor, skipDigits: 0)
                    : default;
        }

        // A digit. Inside a word it can only be an IBAN's check digits ("NL91ABNA..."); otherwise skip the word.
        next = DigitRunEnd(text, anchor);
        if (anchor > 0 && TextBoundaries.IsWordCharacter(text[anchor - 1]))
        {
            var shapeEnd = -1;
            var iban = anchor >= 2 ? Ibans.Match(text, anchor - 2, minStart, out shapeEnd) : default;
            if (iban.Length == 0)
            {
                next = shapeEnd > 0 ? shapeEnd : WordEnd(text, anchor);
            }

            return iban;
        }

        if (Ibans.IsSpacedCountryBefore(text, anchor))
        {
            var iban = Ibans.Match(text, anchor - 3, minStart, out _);
            if (iban.Length > 0)
            {
                return iban;
            }
        }

        if (TextBoundaries.IsStartOfToken(text, anchor))
        {
            return NumberRecognizer.Match(text, DigitGroups.Parse(text, anchor, groupBounds), ref next);
        }

        return anchor >= 3 && text[anchor - 1] == '-' ? Postcodes.MatchAfterCountryPrefix(text, DigitGroups.Parse(text, anchor, groupBounds)) : default;
    }

    private static int DigitRunEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && (TextBoundaries.IsWordCharacter(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return end;
    }
}
