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

    /// <summary>The shared instance; the redactor has no state.</summary>
    public static PhoneNumberRedactor Instance { get; } = new();

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        ReadOnlySpan<char> number = DiscriminatorSuffix.Strip(input).Trim();
        bool plus = !number.IsEmpty && number[0] == '+';
        Span<char> digits = stackalloc char[MaxDigits + 2];
        int count = 0;
        foreach (char c in plus ? number[1..] : number)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return WriteMaskOnly(destination);
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '/'))
            {
                return WriteMaskOnly(destination);
            }
        }

        ReadOnlySpan<char> significant = digits[..count];
        bool international = plus || significant.StartsWith("00");
        if (!plus && international)
        {
            significant = significant[2..];
        }

        int countryCode = international ? CountryCallingCodes.Length(significant) : 0;
        if (significant.Length is < MinDigits or > MaxDigits || (international && countryCode == 0))
        {
            return WriteMaskOnly(destination);
        }

        int position = 0;
        if (international)
        {
            destination[position++] = '+';
            position = Append(destination, position, significant[..countryCode]);
        }

        position = Append(destination, position, Mask);
        return Append(destination, position, significant[^2..]);
    }
}
