namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// Recognises personal data by the name of an unannotated member, parameter or local, in English and Dutch.
/// </summary>
/// <remarks>
/// A term matches the END of an identifier at a word boundary, case-insensitively and with an optional plural
/// ending: <c>customerEmail</c>, <c>Emails</c> and <c>KlantTelefoonnummer</c> match; <c>EmailTemplate</c>,
/// <c>PhoneNumberFormat</c> and <c>isEmailVerified</c> do not, because the head noun of an identifier comes last.
/// Underscores and digits separate words (<c>e_mail</c>, <c>address2</c>).
/// </remarks>
internal sealed class NameHeuristics
{
    /// <summary>The built-in terms of the shared kinds table: lower case, words run together, with their kind.</summary>
    private static readonly (string Term, string Kind)[] DefaultTerms = TermsOfTheKindsTable();

    // Terms too generic as the last word ("ServerAddress", "ReplyMail") count only as the whole identifier; the
    // specific compounds above ("homeaddress", "emailaddress") cover the personal ones.
    private static readonly HashSet<string> WholeNameOnlyTerms = new(StringComparer.Ordinal) { "mail", "address" };

    private static readonly string[] PluralEndings = ["", "s", "es", "en"];

    private readonly (string Term, string Kind)[] _terms;

    private NameHeuristics((string Term, string Kind)[] terms) => _terms = terms;

    /// <summary>The built-in English and Dutch terms.</summary>
    public static NameHeuristics Default { get; } = new(DefaultTerms);

    /// <summary>The built-in terms plus <paramref name="extraTerms"/> (term in any casing, with its kind).</summary>
    public static NameHeuristics WithExtraTerms(IEnumerable<(string Term, string Kind)> extraTerms)
    {
        var terms = new List<(string Term, string Kind)>(DefaultTerms);
        foreach (var (term, kind) in extraTerms)
        {
            terms.Add((Normalize(term), kind));
        }

        return new NameHeuristics([.. terms]);
    }

    /// <summary>The kind of personal data <paramref name="identifier"/> names, or <see langword="null"/>.</summary>
    public string? Match(string identifier)
    {
        if (identifier.Length == 0)
        {
            return null;
        }

        var folded = Normalize(identifier);
        string? best = null;
        var bestLength = 0;
        foreach (var (term, kind) in _terms)
        {
            // The longest matching term wins: "emailaddress" (EmailAddress) over "address" (PostalAddress).
            if (term.Length > bestLength && Matches(identifier, folded, term))
            {
                best = kind;
                bestLength = term.Length;
            }
        }

        return best;
    }

    private static bool Matches(string identifier, string folded, string term)
    {
        foreach (var ending in PluralEndings)
        {
            var length = term.Length + ending.Length;
            if (folded.Length < length
                || string.CompareOrdinal(folded, folded.Length - length, term, 0, term.Length) != 0
                || string.CompareOrdinal(folded, folded.Length - ending.Length, ending, 0, ending.Length) != 0)
            {
                continue;
            }

            var start = folded.Length - length;
            if (WholeNameOnlyTerms.Contains(term) ? start == 0 : StartsWord(identifier, folded, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether position <paramref name="start"/> of the folded identifier begins a word of the original.</summary>
    private static bool StartsWord(string identifier, string folded, int start)
    {
        if (start == 0)
        {
            return true;
        }

        // Map the folded position back to the original identifier, skipping the separators Normalize dropped.
        var letters = 0;
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (letters == start)
            {
                // A separator before it, or camel case: "customerEmail", "IPAddress" (upper followed by lower).
                var previous = identifier[i - 1];
                return !char.IsLetter(previous)
                    || (char.IsUpper(c) && (char.IsLower(previous) || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1]))));
            }

            letters++;
        }

        return false;
    }

    /// <summary>Lower case letters only: <c>E_Mail</c>, <c>eMail</c> and <c>email</c> fold alike.</summary>
    private static string Normalize(string identifier)
    {
        var buffer = new char[identifier.Length];
        var length = 0;
        foreach (var c in identifier)
        {
            if (char.IsLetter(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer, 0, length);
    }

    private static (string Term, string Kind)[] TermsOfTheKindsTable()
    {
        var terms = new List<(string Term, string Kind)>();
        foreach (var row in PersonalDataKindTable.All)
        {
            foreach (var term in row.Terms)
            {
                terms.Add((term, row.Name));
            }
        }

        return [.. terms];
    }
}
