namespace Privacy.Kit.Redaction;

/// <summary>
/// Keeps the numeric part of a Dutch postcode and hides everything else: <c>Kerkstraat 1, 1234 AB Amsterdam</c>
/// becomes <c>1234 **</c>. An address without a Dutch postcode is hidden entirely.
/// </summary>
internal sealed class PostalAddressRedactor : MaskingRedactor
{
    private const string HiddenLetters = " **";

    /// <summary>The shared instance; the redactor has no state.</summary>
    public static PostalAddressRedactor Instance { get; } = new();

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        ReadOnlySpan<char> address = DiscriminatorSuffix.Strip(input);
        int start = FindPostcode(address);
        if (start < 0)
        {
            return WriteMaskOnly(destination);
        }

        int position = Append(destination, 0, address.Slice(start, 4));
        return Append(destination, position, HiddenLetters);
    }

    /// <summary>The index of the first Dutch postcode (1234 AB, 1234AB) standing on its own; -1 when there is none.</summary>
    private static int FindPostcode(ReadOnlySpan<char> text)
    {
        for (int i = 0; i + 6 <= text.Length; i++)
        {
            if (text[i] is < '1' or > '9' || (i > 0 && char.IsLetterOrDigit(text[i - 1])) ||
                !char.IsAsciiDigit(text[i + 1]) || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3]))
            {
                continue;
            }

            int letters = text[i + 4] == ' ' ? i + 5 : i + 4;
            if (letters + 2 > text.Length || !char.IsAsciiLetter(text[letters]) || !char.IsAsciiLetter(text[letters + 1]) ||
                (letters + 2 < text.Length && char.IsLetterOrDigit(text[letters + 2])))
            {
                continue;
            }

            // SA, SD and SS are never issued.
            char first = char.ToUpperInvariant(text[letters]);
            char second = char.ToUpperInvariant(text[letters + 1]);
            if (first == 'S' && second is 'A' or 'D' or 'S')
            {
                continue;
            }

            return i;
        }

        return -1;
    }
}
