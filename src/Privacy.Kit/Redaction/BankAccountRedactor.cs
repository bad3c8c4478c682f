using System.Runtime.CompilerServices;
using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Keeps an IBAN's country code and last four characters: <c>NL91 ABNA 0417 1643 00</c> becomes <c>NL***4300</c>.
/// A value that is not a valid IBAN (shape and mod-97 check) is hidden entirely.
/// </summary>
[SkipLocalsInit] // Its stack buffers are read only where it wrote them.
internal sealed class BankAccountRedactor : MaskingRedactor
{
    private const int MinLength = 15;
    private const int MaxLength = 34;

    /// <summary>The shared instance; the redactor has no state.</summary>
    public static BankAccountRedactor Instance { get; } = new();

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        Span<char> iban = stackalloc char[MaxLength];
        int length = 0;
        foreach (char c in DiscriminatorSuffix.Strip(input).Trim())
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c) || length == MaxLength)
            {
                return WriteMaskOnly(destination);
            }

            iban[length++] = char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c;
        }

        ReadOnlySpan<char> normalized = iban[..length];
        if (!IsValidIban(normalized))
        {
            return WriteMaskOnly(destination);
        }

        int position = Append(destination, 0, normalized[..2]);
        position = Append(destination, position, Mask);
        return Append(destination, position, normalized[^4..]);
    }

    /// <summary>Whether an upper-case IBAN without separators has the IBAN shape and passes the mod-97 check.</summary>
    private static bool IsValidIban(ReadOnlySpan<char> iban) =>
        iban.Length is >= MinLength and <= MaxLength && char.IsAsciiLetter(iban[0]) && char.IsAsciiLetter(iban[1]) &&
        char.IsAsciiDigit(iban[2]) && char.IsAsciiDigit(iban[3]) && Checksums.PassesIbanMod97(iban);
}
