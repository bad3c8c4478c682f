namespace Privacy.Kit.Redaction;

/// <summary>
/// Keeps a payment card number's last four digits (<c>***1111</c>), or its first six and last four
/// (<c>411111***1111</c>) when configured: never more, as PCI DSS allows. A value that is not a card number
/// (13 to 19 digits passing the Luhn check) is hidden entirely.
/// </summary>
internal sealed class PaymentCardRedactor : MaskingRedactor
{
    private const int MinDigits = 13;
    private const int MaxDigits = 19;

    private readonly bool _keepFirstSix;

    /// <summary>Initializes a redactor that shows the card number as <paramref name="display"/> says.</summary>
    public PaymentCardRedactor(PaymentCardDisplay display)
    {
        _keepFirstSix = display == PaymentCardDisplay.FirstSixLastFour;
    }

    /// <summary>The redactor with the default display, last four digits.</summary>
    public static PaymentCardRedactor LastFour { get; } = new(PaymentCardDisplay.LastFour);

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        Span<char> digits = stackalloc char[MaxDigits];
        int count = 0;
        foreach (char c in DiscriminatorSuffix.Strip(input).Trim())
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == MaxDigits)
            {
                return WriteMaskOnly(destination);
            }

            digits[count++] = c;
        }

        ReadOnlySpan<char> number = digits[..count];
        if (count < MinDigits || !PassesLuhn(number))
        {
            return WriteMaskOnly(destination);
        }

        int position = _keepFirstSix ? Append(destination, 0, number[..6]) : 0;
        position = Append(destination, position, Mask);
        return Append(destination, position, number[^4..]);
    }

    private static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool doubled = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int digit = digits[i] - '0';
            if (doubled)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }
}
