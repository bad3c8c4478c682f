namespace Privacy.Kit.Text;

/// <summary>
/// Numbers spoken digit by digit as speech-to-text writes them: "nul zes, een twee drie vier vijf zes zeven acht",
/// "plus drie een zes ...", "zero six double one ...". The digits are read into a buffer and given to the same number
/// recognizers as typed digits, so a spoken phone number is a phone number, a spoken BSN a BSN (11-proef) and a spoken
/// card number a card (Luhn), each with the cue before the first word.
/// </summary>
internal static class SpokenNumbers
{
    private const int MinDigits = 7;
    private const int MaxDigits = 19;
    private const int MaxWords = 40;

    /// <summary>Digit words that start a search; "een" and "one" are too common to, so a number is extended back over them.</summary>
    public static readonly string[] TriggerWords =
    [
        "nul", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "zero", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "één",
    ];

    /// <summary>Matches the spoken number around the digit word at <paramref name="cue"/>.</summary>
    public static PersonalDataMatch Match(ReadOnlySpan<char> text, int cue, out int resume)
    {
        resume = SpokenWords.LetterWordEnd(text, cue);
        var start = StartBefore(text, cue);

        Span<char> number = stackalloc char[MaxDigits + 1];
        var length = 0;
        var i = start;
        var end = start;
        var repeat = 1;
        for (var words = 0; words < MaxWords && i < text.Length; words++)
        {
            var wordEnd = SpokenWords.LetterWordEnd(text, i);
            if (wordEnd == i)
            {
                break;
            }

            var word = text[i..wordEnd];
            var digit = DigitOf(word);
            if (digit >= 0)
            {
                for (var r = 0; r < repeat; r++)
                {
                    if (length == number.Length)
                    {
                        return default;
                    }

                    number[length++] = (char)('0' + digit);
                }

                repeat = 1;
                end = wordEnd;
            }
            else if (RepeatOf(word) is > 1 and var times && repeat == 1)
            {
                repeat = times;
            }
            else if (length == 0 && repeat == 1 && word.Equals("plus", StringComparison.OrdinalIgnoreCase))
            {
                number[length++] = '+';
            }
            else
            {
                break;
            }

            // Words are separated by spaces, a comma or a hyphen ("nul-zes"); anything else ends the number.
            var next = SpokenWords.SkipSpaces(text, wordEnd);
            if (next < text.Length && text[next] is ',' or '-')
            {
                next = SpokenWords.SkipSpaces(text, next + 1);
            }

            if (next == wordEnd)
            {
                break;
            }

            i = next;
        }

        var digits = number[0] == '+' ? length - 1 : length;
        if (digits < MinDigits)
        {
            return default;
        }

        var found = Recognize(number[..length], ContextCues.Before(text, start));
        if (found.Length == 0)
        {
            return default;
        }

        resume = end;
        return new PersonalDataMatch(start, end - start, found.Kind, found.Confidence);
    }

    /// <summary>Reads the digits as if typed compact, with the cue of the spoken words.</summary>
    private static PersonalDataMatch Recognize(ReadOnlySpan<char> number, ContextCue cue)
    {
        Span<int> bounds = stackalloc int[DigitGroups.MaxGroups * 2];
        if (number[0] == '+')
        {
            var international = PhoneNumbers.MatchInternational(number, DigitGroups.Parse(number, 1, bounds), 0, skipDigits: 0);
            return international.Length == number.Length ? international : default;
        }

        var next = 0;
        var match = NumberRecognizer.Match(number, DigitGroups.Parse(number, 0, bounds), cue, ref next);
        return match.Length == number.Length ? match : default;
    }

    /// <summary>Extends the number back over digit words that do not start a search ("een", "one", "oh", "dubbel").</summary>
    private static int StartBefore(ReadOnlySpan<char> text, int cue)
    {
        var start = cue;
        for (var words = 0; words < MaxWords; words++)
        {
            var i = start;
            while (i > 0 && text[i - 1] is ' ' or ',' or '-' or '\u00A0' && start - i < 3)
            {
                i--;
            }

            if (i == start)
            {
                break;
            }

            var wordStart = SpokenWords.LetterWordStart(text, i);
            var word = text[wordStart..i];
            if (wordStart == i || (DigitOf(word) < 0 && RepeatOf(word) == 1 && !word.Equals("plus", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            start = wordStart;
        }

        return start;
    }

    private static int DigitOf(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[8];
        if (word.Length > lower.Length)
        {
            return -1;
        }

        var length = word.ToLowerInvariant(lower);
        return lower[..length] switch
        {
            "nul" or "zero" or "oh" => 0,
            "een" or "één" or "eén" or "one" => 1,
            "twee" or "two" => 2,
            "drie" or "three" => 3,
            "vier" or "four" => 4,
            "vijf" or "five" => 5,
            "zes" or "six" => 6,
            "zeven" or "seven" => 7,
            "acht" or "eight" => 8,
            "negen" or "nine" => 9,
            _ => -1,
        };
    }

    private static int RepeatOf(ReadOnlySpan<char> word) =>
        word.Equals("dubbel", StringComparison.OrdinalIgnoreCase) || word.Equals("double", StringComparison.OrdinalIgnoreCase) ? 2
        : word.Equals("triple", StringComparison.OrdinalIgnoreCase) || word.Equals("driedubbel", StringComparison.OrdinalIgnoreCase) ? 3
        : 1;
}
