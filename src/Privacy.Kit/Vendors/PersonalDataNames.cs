using System.Collections.Frozen;

namespace Privacy.Kit.Vendors;

/// <summary>
/// Name heuristics (English and Dutch) for unclassified members: does the name say it holds personal data?
/// Matches whole words of the camel-case or snake-case name, so <c>CampaignName</c> is not a person's name but
/// <c>CustomerName</c> is.
/// </summary>
internal static class PersonalDataNames
{
    // A word that on its own means personal data wherever it stands in the name.
    private static readonly FrozenSet<string> PersonalWords = new[]
    {
        "email", "mail", "phone", "telephone", "mobile", "msisdn", "street", "postcode", "postalcode", "zip", "zipcode",
        "address", "birthdate", "birthday", "dob", "iban", "bsn", "ssn", "passport", "surname", "firstname", "lastname",
        "fullname", "ip", "transcript", "note", "notes", "comment", "comments", "remark", "remarks",
        "naam", "voornaam", "achternaam", "telefoon", "telefoonnummer", "adres", "straat", "woonplaats", "geboortedatum",
        "rekeningnummer", "opmerking", "opmerkingen", "notitie", "notities",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that make a following "name" a person's name.
    private static readonly FrozenSet<string> PersonQualifiers = new[]
    {
        "first", "last", "full", "given", "family", "middle", "maiden", "nick", "display", "customer", "caller", "contact",
        "person", "user", "agent", "client", "subject", "recipient", "sender",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool SayPersonalData(string memberName)
    {
        Span<Range> words = stackalloc Range[16];
        var count = SplitWords(memberName, words);
        Span<char> lower = stackalloc char[64];
        string? previous = null;
        for (var i = 0; i < count; i++)
        {
            var word = memberName.AsSpan(words[i]);
            if (word.Length > lower.Length)
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            var text = new string(lower[..length]);
            if (PersonalWords.Contains(text))
            {
                return true;
            }

            if (text == "name" && (count == 1 || (previous is not null && PersonQualifiers.Contains(previous))))
            {
                return true;
            }

            if (text == "birth" || (text == "of" && previous == "date"))
            {
                return true;
            }

            previous = text;
        }

        return false;
    }

    private static int SplitWords(string name, Span<Range> words)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= name.Length && count < words.Length; i++)
        {
            var boundary = i == name.Length || !char.IsLetterOrDigit(name[i]) ||
                (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))));
            if (boundary && start >= 0)
            {
                words[count++] = new Range(start, i);
                start = -1;
            }

            if (i < name.Length && char.IsLetterOrDigit(name[i]) && start < 0)
            {
                start = i;
            }
        }

        return count;
    }
}
