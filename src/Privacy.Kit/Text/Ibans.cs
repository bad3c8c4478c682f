namespace Privacy.Kit.Text;

/// <summary>IBANs compact or in groups of four, any case; exact country length and mod 97.</summary>
internal static class Ibans
{
    private const int MaxLength = 34;

    /// <summary>Matches an IBAN whose check digits start at <paramref name="checkDigits"/> (the country code precedes them).</summary>
    public static PersonalDataMatch Match(ReadOnlySpan<char> text, int checkDigits, int minStart)
    {
        var start = checkDigits - 2;
        if (start < minStart || !char.IsAsciiLetter(text[start]) || !char.IsAsciiLetter(text[start + 1])
            || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return default;
        }

        var expected = IbanLengths.Of(char.ToUpperInvariant(text[start]), char.ToUpperInvariant(text[start + 1]));
        if (expected == 0)
        {
            return default;
        }

        Span<char> compact = stackalloc char[MaxLength];
        var count = 0;
        var i = start;
        while (count < expected && i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact[count++] = char.ToUpperInvariant(c);
                i++;
            }
            else if (c == ' ' && count % 4 == 0 && count > 0 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                // Grouped form: one space after every fourth character.
                i++;
            }
            else
            {
                return default;
            }
        }

        if (count != expected || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]) || !TextBoundaries.IsEndOfToken(text, i))
        {
            return default;
        }

        // The country length and mod 97 are strong evidence on their own; a failed check counts only after a cue.
        var valid = Checksums.PassesIbanMod97(compact[..count]);
        var confidence = Confidence.Of(valid, !valid && ContextCues.Before(text, start) == ContextCue.BankAccount, corroborated: true);
        if (confidence == 0)
        {
            return default;
        }

        return new PersonalDataMatch(start, i - start, DetectedDataKind.BankAccount, confidence);
    }
}
