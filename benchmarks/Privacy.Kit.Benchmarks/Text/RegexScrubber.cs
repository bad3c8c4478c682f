using System.Text;
using System.Net;
using System.Text.RegularExpressions;
using Privacy.Kit.Text;

namespace Privacy.Kit.Benchmarks.Text;

/// <summary>
/// The baseline: the scrubber a user would otherwise write. One compiled regex per kind (as Presidio-style recognizers
/// do), each match validated with the same checksums the scanner uses (11-proef, Luhn and issuer, IBAN length and mod 97,
/// Belgian mod 97, IP octets), cue words for dates of birth and names, and overlaps resolved by position.
/// </summary>
internal sealed class RegexScrubber
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private readonly (PersonalDataKind Kind, Regex Pattern, Func<string, bool> IsValid)[] recognizers =
    [
        (PersonalDataKind.EmailAddress, new Regex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", Options), _ => true),
        (PersonalDataKind.BankAccount, new Regex(@"\b[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\b", Options), IsIban),
        (PersonalDataKind.PaymentCard, new Regex(@"\b(?:[0-9]{4}[ -]?[0-9]{6}[ -]?[0-9]{4,5}|(?:[0-9]{4}[ -]?){3}[0-9]{1,7}|[0-9]{13,19})\b", Options), IsCard),
        (PersonalDataKind.NationalId, new Regex(@"\b(?:[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}|[0-9]{11})\b", Options), IsBelgianNationalNumber),
        (PersonalDataKind.NationalId, new Regex(@"(?<![0-9.-])\b(?:[0-9]{9}|[0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{3} [0-9]{3} [0-9]{3})\b(?![.-][0-9])", Options), IsBsn),
        (PersonalDataKind.PhoneNumber, new Regex(@"(?:\+|\b00)[1-9][0-9]{0,2}[ .-]?(?:\(0\)[ .-]?)?(?:[0-9][ .-]?){6,12}[0-9]\b|(?:\(0[1-9][0-9]{1,2}\)|\b0[1-9][0-9]{0,2})(?:[ .-]?[0-9]){6,8}\b", Options), _ => true),
        (PersonalDataKind.IpAddress, new Regex(@"\b(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\b(?!\.[0-9])", Options), _ => true),
        (PersonalDataKind.IpAddress, new Regex(@"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){1,7}:?(?:[0-9A-Fa-f]{1,4}:?){0,7}(?:[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})?(?![0-9A-Fa-f:])", Options), IsIpv6),
        (PersonalDataKind.PostalAddress, new Regex(@"\b[1-9][0-9]{3} ?(?!SA|SD|SS|MB|KB|GB|TB)[A-Z]{2}\b", Options), _ => true),
        (PersonalDataKind.DateOfBirth, new Regex(@"(?i)(?<=\b(?:geboren|geboortedatum|geb\.|dob|born|date of birth|birth date)\b[^0-9\n]{0,20})(?:[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2} [a-z]{3,9}\.? [0-9]{4}|[a-z]{3,9} [0-9]{1,2}, [0-9]{4})\b", Options), _ => true),
        (PersonalDataKind.PersonName, new Regex(@"(?i:(?<=\b(?:naam is|name is|gesproken met|spoke with|spoke to)\s+(?:(?:mevrouw|meneer|mr\.|mrs\.)\s+)?))[A-Z][a-z'-]+(?:\s+(?:(?:van|de|der|den|'t|ter|ten)\s+)*[A-Z][A-Za-z'-]+){0,3}", Options), _ => true),
    ];

    /// <summary>What a Regex-based scrubber writes: the text with every item found replaced by <c>***</c>.</summary>
    public string Redact(string text)
    {
        var redacted = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var match in Find(text))
        {
            redacted.Append(text, copied, match.Start - copied).Append("***");
            copied = match.End;
        }

        return redacted.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Finds the items, validated, in text order without overlaps.</summary>
    public List<PersonalDataMatch> Find(string text)
    {
        var found = new List<PersonalDataMatch>();
        foreach (var (kind, pattern, isValid) in recognizers)
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                if (isValid(match.Value))
                {
                    found.Add(new PersonalDataMatch(match.Index, match.Length, kind, MatchConfidence.High));
                }
            }
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var result = new List<PersonalDataMatch>(found.Count);
        foreach (var match in found)
        {
            if (result.Count == 0 || match.Start >= result[^1].End)
            {
                result.Add(match);
            }
        }

        return result;
    }

    private static byte[] DigitsOf(string value) => value.Where(char.IsAsciiDigit).Select(c => (byte)(c - '0')).ToArray();

    private static bool IsBsn(string value) => Checksums.IsValidBsn(DigitsOf(value));

    private static bool IsBelgianNationalNumber(string value) => Checksums.IsValidBelgianNationalNumber(DigitsOf(value));

    private static bool IsCard(string value)
    {
        var digits = DigitsOf(value);
        return Checksums.PassesLuhn(digits) && CardIssuers.IsIssued(digits);
    }

    private static bool IsIban(string value)
    {
        var compact = value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return compact.Length == IbanLengths.Of(compact[0], compact[1]) && Checksums.PassesIbanMod97(compact);
    }

    private static bool IsIpv6(string value) => value.Contains(':', StringComparison.Ordinal) && value.Count(c => c == ':') >= 2
        && IPAddress.TryParse(value, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
}
