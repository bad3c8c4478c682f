using System.Buffers;
using System.Collections.Frozen;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Keeps the first character of an e-mail address's local part, and its domain only when that is a public mail
/// provider (where it says nothing about the person): <c>jan@gmail.com</c> becomes <c>j***@gmail.com</c>,
/// <c>jan@acme-bouw.nl</c> becomes <c>j***@***.nl</c>.
/// </summary>
internal sealed class EmailAddressRedactor : MaskingRedactor
{
    private const int MaxDomainLength = 253;
    private const int MaxLocalLength = 64;
    private const int MaxLabelLength = 63;

    private static readonly SearchValues<char> AsciiLetterOrDigit =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>White space and control characters, never part of a local part (a SearchValues: a range search allocated on .NET 10).</summary>
    private static readonly SearchValues<char> SpaceOrControl =
        SearchValues.Create("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f ");

    private static readonly SearchValues<char> LabelChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-");

    private readonly FrozenSet<string> _publicProviders;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _publicProviderLookup;
#endif

    /// <summary>Initializes a redactor that keeps the domains in <paramref name="publicProviders"/>.</summary>
    public EmailAddressRedactor(IEnumerable<string> publicProviders)
    {
        _publicProviders = publicProviders.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
        _publicProviderLookup = _publicProviders.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Whether <paramref name="domain"/> is a syntactically valid host name of at least two labels.</summary>
    public static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty || domain.Length > MaxDomainLength)
        {
            return false;
        }

        int labels = 0;
        for (ReadOnlySpan<char> rest = domain; ; rest = rest[(rest.IndexOf('.') + 1)..])
        {
            int dot = rest.IndexOf('.');
            ReadOnlySpan<char> label = dot < 0 ? rest : rest[..dot];
            if (label.IsEmpty || label.Length > MaxLabelLength || label.ContainsAnyExcept(LabelChars) ||
                label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            labels++;
            if (dot < 0)
            {
                break;
            }
        }

        // The top-level domain is letters, or an internationalised "xn--" label.
        ReadOnlySpan<char> topLevel = domain[(domain.LastIndexOf('.') + 1)..];
        return labels >= 2 && topLevel.Length >= 2 &&
               (topLevel.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) || char.IsAsciiLetter(topLevel[0]) && char.IsAsciiLetter(topLevel[^1]));
    }

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        ReadOnlySpan<char> address = DiscriminatorSuffix.Strip(input);
        int at = address.IndexOf('@');
        if (at <= 0 || at > MaxLocalLength)
        {
            return WriteMaskOnly(destination);
        }

        ReadOnlySpan<char> domain = address[(at + 1)..];
        if (!AsciiLetterOrDigit.Contains(address[0]) || !IsValidDomain(domain) ||
            address[..at].ContainsAny(SpaceOrControl))
        {
            return WriteMaskOnly(destination);
        }

        destination[0] = address[0];
        int position = Append(destination, 1, Mask);
        destination[position++] = '@';
        if (IsPublicProvider(domain))
        {
            return Append(destination, position, domain);
        }

        position = Append(destination, position, Mask);
        return Append(destination, position, domain[domain.LastIndexOf('.')..]);
    }

    private bool IsPublicProvider(ReadOnlySpan<char> domain)
    {
#if NET9_0_OR_GREATER
        return _publicProviderLookup.Contains(domain);
#else
        foreach (string provider in _publicProviders)
        {
            if (domain.Equals(provider, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
#endif
    }
}
