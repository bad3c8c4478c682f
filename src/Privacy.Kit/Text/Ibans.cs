namespace Privacy.Kit.Text;

/// <summary>
/// IBANs in any case, compact or in the groupings banks print: fours ("NL91 ABNA 0417 1643 00"), a space after the
/// country code ("BE 03 7310 1866 4084"), national groupings ("NO 21 650 405 251 19", "BE32 123-4567890-02"); exact
/// country length and mod 97. Text with an IBAN's shape that fails the check is still consumed whole, so none of its
/// digit groups is read as a phone or card number.
/// </summary>
internal static class Ibans
{
    private const int MaxLength = 34;

    /// <summary>The fewest characters an IBAN-shaped code has before it is consumed although it is not an IBAN.</summary>
    private const int MinShapeLength = 12;

    /// <summary>Matches an IBAN whose country code starts at <paramref name="start"/>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">The index of the country code's first letter.</param>
    /// <param name="minStart">The earliest index a match may start at.</param>
    /// <param name="shapeEnd">
    /// Where the IBAN-shaped code ends when no IBAN is found but the text has the shape of one (an upper-case country
    /// code glued to two digits and at least <see cref="MinShapeLength"/> characters in groups); otherwise -1.
    /// </param>
    public static PersonalDataMatch Match(ReadOnlySpan<char> text, int start, int minStart, out int shapeEnd)
    {
        shapeEnd = -1;
        if (start < minStart || start + 4 > text.Length || !char.IsAsciiLetter(text[start]) || !char.IsAsciiLetter(text[start + 1])
            || (start > 0 && (TextBoundaries.IsWordCharacter(text[start - 1]) || text[start - 1] is '_' or '@' or '.' or '/' or '-')))
        {
            return default;
        }

        var spacedCountry = text[start + 2] == ' ';
        var checkDigits = spacedCountry ? start + 3 : start + 2;
        if (checkDigits + 2 > text.Length || !char.IsAsciiDigit(text[checkDigits]) || !char.IsAsciiDigit(text[checkDigits + 1]))
        {
            return default;
        }

        var expected = IbanLengths.Of(char.ToUpperInvariant(text[start]), char.ToUpperInvariant(text[start + 1]));
        var limit = expected == 0 ? MaxLength : expected;
        var lowerCase = char.IsAsciiLetterLower(text[start]);
        Span<char> compact = stackalloc char[MaxLength];
        compact[0] = char.ToUpperInvariant(text[start]);
        compact[1] = char.ToUpperInvariant(text[start + 1]);
        var count = 2;
        var i = checkDigits;
        while (count < limit && i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact[count++] = char.ToUpperInvariant(c);
                i++;
            }
            else if (c is ' ' or '-' or '.' or '\u00A0' && count >= 4 && StartsGroup(text, i + 1, lowerCase))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var shaped = !spacedCountry && char.IsAsciiLetterUpper(text[start]) && char.IsAsciiLetterUpper(text[start + 1]) && count >= MinShapeLength;
        if (count != expected || !TextBoundaries.IsEndOfToken(text, i))
        {
            shapeEnd = shaped ? GroupsEnd(text, i, lowerCase) : -1;
            return default;
        }

        // The country length and mod 97 are strong evidence on their own; a failed check counts only after a cue.
        var valid = Checksums.PassesIbanMod97(compact[..count]);
        var confidence = Confidence.Of(valid, !valid && ContextCues.Before(text, start) == ContextCue.BankAccount, corroborated: true);
        if (confidence == 0)
        {
            shapeEnd = shaped ? GroupsEnd(text, i, lowerCase) : -1;
            return default;
        }

        return new PersonalDataMatch(start, i - start, PersonalDataKind.BankAccount, confidence);
    }

    /// <summary>Whether the check digits at <paramref name="checkDigits"/> follow a country code and a space ("BE 03").</summary>
    public static bool IsSpacedCountryBefore(ReadOnlySpan<char> text, int checkDigits) =>
        checkDigits >= 3 && text[checkDigits - 1] == ' ' && char.IsAsciiLetter(text[checkDigits - 2]) && char.IsAsciiLetter(text[checkDigits - 3])
        && (checkDigits == 3 || !TextBoundaries.IsWordCharacter(text[checkDigits - 4]));

    /// <summary>
    /// Whether a group of an IBAN can start at <paramref name="i"/>: a digit, or letters (bank codes such as "ABNA",
    /// "aWBK", "H") with a capital among at most four, never a lower-case word of the sentence unless the whole IBAN is
    /// written in lower case ("nl94 zukx 3229 8465 22").
    /// </summary>
    private static bool StartsGroup(ReadOnlySpan<char> text, int i, bool lowerCase)
    {
        if (i >= text.Length || !char.IsAsciiLetterOrDigit(text[i]))
        {
            return false;
        }

        var end = i;
        var digit = false;
        var upper = false;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            digit |= char.IsAsciiDigit(text[end]);
            upper |= char.IsAsciiLetterUpper(text[end]);
            end++;
        }

        if (digit)
        {
            return true;
        }

        // A cue word ("BSN 111222333", "TEL 0612345678") starts the next item, not a bank code ("BANK" is one in Latvia).
        Span<char> lower = stackalloc char[4];
        return (upper || lowerCase) && end - i <= 4 && (end >= text.Length || !char.IsLetter(text[end]))
            && ContextCues.Classify(lower[..text[i..end].ToLowerInvariant(lower)]) is ContextCue.None or ContextCue.BankAccount;
    }

    /// <summary>The end of the run of groups that continues at <paramref name="i"/>.</summary>
    private static int GroupsEnd(ReadOnlySpan<char> text, int i, bool lowerCase)
    {
        while (true)
        {
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] is ' ' or '-' or '.' or '\u00A0' && StartsGroup(text, i + 1, lowerCase))
            {
                i++;
                continue;
            }

            // A doubled space inside the code ("EE38 2200 2210  014 5686") does not end it.
            if (i + 1 < text.Length && text[i] == ' ' && text[i + 1] == ' ' && StartsGroup(text, i + 2, lowerCase))
            {
                i += 2;
                continue;
            }

            return i;
        }
    }
}
