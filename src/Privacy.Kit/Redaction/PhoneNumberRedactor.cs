using System.Runtime.CompilerServices;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Keeps a telephone number's country code and last two digits: <c>+31 6 12345678</c> becomes <c>+31***78</c>, a
/// national number <c>06-12345678</c> becomes <c>***78</c>.
/// </summary>
[SkipLocalsInit] // Its stack buffers are read only where it wrote them.
internal sealed class PhoneNumberRedactor : MaskingRedactor
{
    /// <summary>E.164 allows 15 digits; one more for a written trunk prefix such as <c>+31 (0)6</c>.</summary>
    private const int MaxDigits = 16;
    private const int MinDigits = 6;

    /// <summary>A "00" international prefix and a country code of up to three digits.</summary>
    private const int HeadDigits = 5;

    /// <summary>The shared instance; the redactor has no state.</summary>
    public static PhoneNumberRedactor Instance { get; } = new();

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        ReadOnlySpan<char> number = DiscriminatorSuffix.Strip(input).Trim();
        bool plus = !number.IsEmpty && number[0] == '+';

        // One pass, keeping only what can be written: the first digits (a "00" prefix and the country code) and the
        // last two.
        Span<char> first = stackalloc char[HeadDigits];
        char secondToLast = '\0', last = '\0';
        int count = 0;
        foreach (char c in plus ? number[1..] : number)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == MaxDigits + 2)
                {
                    return WriteMaskOnly(destination);
                }

                if (count < HeadDigits)
                {
                    first[count] = c;
                }

                count++;
                secondToLast = last;
                last = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '/'))
            {
                return WriteMaskOnly(destination);
            }
        }

        bool international = plus || (count >= 2 && first[0] == '0' && first[1] == '0');
        int prefix = international && !plus ? 2 : 0;
        int significant = count - prefix;
        if (significant is < MinDigits or > MaxDigits)
        {
            return WriteMaskOnly(destination);
        }

        int position = 0;
        if (international)
        {
            ReadOnlySpan<char> countryDigits = first[prefix..Math.Min(count, HeadDigits)];
            int countryCode = CountryCallingCodes.Length(countryDigits);
            if (countryCode == 0)
            {
                return WriteMaskOnly(destination);
            }

            destination[position++] = '+';
            position = Append(destination, position, countryDigits[..countryCode]);
        }

        position = Append(destination, position, Mask);
        destination[position++] = secondToLast;
        destination[position++] = last;
        return position;
    }
}
