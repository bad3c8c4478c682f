using System.Buffers;
using PhoneNumbers;

namespace Privacy.Kit.Consent;

/// <summary>Phone numbers to E.164 with libphonenumber, the one place that knows how.</summary>
internal static class PhoneCanonicalizer
{
    private static readonly SearchValues<char> Allowed = SearchValues.Create("0123456789+ -.()/");
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // libphonenumber-csharp's PhoneNumberUtil is not safe for concurrent parsing (sixteen dialers on one server got
    // spurious parse failures), so its calls are serialised; a parse costs microseconds.
    private static readonly object Gate = new();

    /// <summary>The E.164 form of a number; a national number is read in <paramref name="region"/>.</summary>
    /// <param name="text">The number as written.</param>
    /// <param name="region">The ISO 3166 region of national numbers.</param>
    /// <param name="requireValid">Whether the number must be assigned in its plan (valid), not only of a possible length.</param>
    /// <param name="e164">The number in E.164, for example <c>+31612345678</c>.</param>
    /// <param name="problem">Why the text is not a number, in one sentence.</param>
    /// <returns>Whether the text is a number.</returns>
    public static bool TryCanonicalize(string text, string region, bool requireValid, out string e164, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        e164 = string.Empty;
        var upper = region.Trim().ToUpperInvariant();
        lock (Gate)
        {
            return TryCanonicalize(text.AsSpan().Trim(), upper, requireValid, out e164, out problem);
        }
    }

    private static bool TryCanonicalize(ReadOnlySpan<char> trimmed, string upper, bool requireValid, out string e164, out string problem)
    {
        e164 = string.Empty;
        if (!Util.GetSupportedRegions().Contains(upper))
        {
            problem = $"'{upper}' is not a region phone numbers are known for (use an ISO 3166 code such as NL or BE).";
            return false;
        }

        problem = $"Not a {(requireValid ? "valid" : "possible")} phone number for region {upper}: write it as '06 12345678' or in international form '+31 6 12345678'.";

        // libphonenumber reads letters as keypad digits ("0800-FLOWERS"); a subject id with letters is not a phone number.
        if (trimmed.IsEmpty || trimmed.ContainsAnyExcept(Allowed))
        {
            return false;
        }

        try
        {
            var number = Util.Parse(trimmed.ToString(), upper);
            if (requireValid ? !Util.IsValidNumber(number) : !Util.IsPossibleNumber(number))
            {
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
