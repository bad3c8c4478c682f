namespace Privacy.Kit.Redaction;

/// <summary>
/// Keeps a telephone number's country code and last two digits: <c>+31 6 12345678</c> becomes <c>+31***78</c>, a
/// national number <c>06-12345678</c> becomes <c>***78</c>.
/// </summary>
internal sealed class PhoneNumberRedactor : MaskingRedactor
{
    /// <summary>E.164 allows 15 digits; one more for a written trunk prefix such as <c>+31 (0)6</c>.</summary>
    private const int MaxDigits = 16;
    private const int MinDigits = 6;

    /// <summary>A "00" international prefix and a country code of up to three digits.</summary>
    private const int HeadDigits = 5;

    /// <summary>The characters written between digits (all below 64): space <c>-</c> <c>.</c> <c>(</c> <c>)</c> <c>/</c>.</summary>
    private const ulong Separators = (1UL << ' ') | (1UL << '-') | (1UL << '.') | (1UL << '(') | (1UL << ')') | (1UL << '/');

    /// <summary>The shared instance; the redactor has no state.</summary>
    public static PhoneNumberRedactor Instance { get; } = new();

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        ReadOnlySpan<char> number = DiscriminatorSuffix.Strip(input).Trim();
        bool plus = !number.IsEmpty && number[0] == '+';
        if (plus)
        {
            number = number[1..];
        }

        if (!TryReadDigits(number, out uint head, out int count, out char secondToLast, out char last))
        {
            return WriteMaskOnly(destination);
        }

        // "00" is the only head whose two lowest four-bit digits are both zero.
        bool international = plus || (count >= 2 && (head & 0xFF) == 0);
        int prefix = international && !plus ? 2 : 0;
        int significant = count - prefix;
        if (significant is < MinDigits or > MaxDigits)
        {
            return WriteMaskOnly(destination);
        }

        int position = 0;
        if (international)
        {
            uint country = head >> (4 * prefix);
            int countryCode = CountryCallingCodes.Length((int)(country & 0xF), (int)((country >> 4) & 0xF));
            if (countryCode == 0)
            {
                return WriteMaskOnly(destination);
            }

            destination[position++] = '+';
            for (int i = 0; i < countryCode; i++, country >>= 4)
            {
                destination[position++] = (char)('0' + (country & 0xF));
            }
        }

        position = Append(destination, position, Mask);
        destination[position++] = secondToLast;
        destination[position++] = last;
        return position;
    }

    /// <summary>
    /// Reads a number without its <c>+</c>: the first <see cref="HeadDigits"/> digits (a "00" prefix and the country
    /// code), four bits each in one integer so no buffer is needed, the number of digits and the last two.
    /// </summary>
    /// <returns><see langword="false"/> when a character is neither a digit nor a separator, or there are too many digits.</returns>
    private static bool TryReadDigits(ReadOnlySpan<char> number, out uint head, out int count, out char secondToLast, out char last)
    {
        head = 0;
        count = 0;
        secondToLast = '\0';
        last = '\0';
        foreach (char c in number)
        {
            uint digit = (uint)c - '0';
            if (digit <= 9)
            {
                if (count < HeadDigits)
                {
                    head |= digit << (4 * count);
                }
                else if (count == MaxDigits + 2)
                {
                    return false;
                }

                count++;
                secondToLast = last;
                last = c;
            }
            else if (c >= 64 || ((1UL << c) & Separators) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
