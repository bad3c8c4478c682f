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
    private static readonly HashSet<string> WholeNameOnlyTerms = new(PersonalDataKindTable.WholeNameOnlyTerms, StringComparer.Ordinal);

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
            terms.Add((IdentifierWords.Fold(term), kind));
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

        var folded = IdentifierWords.Fold(identifier);
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
            if (WholeNameOnlyTerms.Contains(term) ? start == 0 : IdentifierWords.StartsWord(identifier, start))
            {
                return true;
            }
        }

        return false;
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
