// Linked into Privacy.Kit and Privacy.Kit.Analyzers (see src/Shared/Kinds/README.md): keep it netstandard2.0 C#.
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Privacy.Kit;

/// <summary>
/// Recognises personal data by the name of an unannotated member, parameter or local, in English and Dutch: the one
/// reading of names that the analyzers (identifiers), vendor payload policies (unclassified members) and the Serilog
/// policy (property names) share, with the terms of <see cref="PersonalDataKindTable"/>.
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

    /// <summary>
    /// Words before the term that say the value is already safe (<c>RedactedEmail</c>, <c>MaskedPhone</c>,
    /// <c>HashedIban</c>) or belongs to the server, not a person (<c>ListenAddresses</c>, <c>LocalIpAddress</c>).
    /// </summary>
    private static readonly string[] SafeModifiers =
    [
        "redacted", "masked", "anonymized", "anonymised", "anonymous", "hashed", "pseudonymized", "pseudonymised",
        "obfuscated", "encrypted", "truncated", "listen", "bind", "local", "server", "host", "published", "proxy",
        "gateway", "smtp", "dns",
    ];

    /// <summary>The head nouns of types that describe a person: their <c>Name</c> is a person's name.</summary>
    private static readonly string[] PersonTypeTerms =
    [
        "customer", "buyer", "user", "person", "contact", "caller", "client", "member", "employee", "patient", "subscriber",
        "recipient", "applicant", "guest", "passenger", "student", "agent", "owner", "holder", "author",
        "klant", "beller", "gebruiker", "persoon", "medewerker", "relatie", "lid",
    ];

    /// <summary>
    /// Person terms that also name software: a protocol or service client, a member of code or of a data structure, a
    /// software agent. Qualified by a <see cref="TechnicalQualifiers">technical word</see> just before them they are
    /// not a person.
    /// </summary>
    private static readonly HashSet<string> SoftwarePersonTerms = new(StringComparer.Ordinal) { "client", "member", "agent" };

    /// <summary>
    /// Words that, just before a <see cref="SoftwarePersonTerms">software person term</see>, make the compound software
    /// (<c>ApiClient</c>, <c>HttpClient</c>, <c>RedisClient</c>, <c>ClassifiedMember</c>, <c>InventoryMember</c>,
    /// <c>TypeMember</c>, <c>DataMember</c>, <c>BuildAgent</c>). Business words do not (<c>TeamMember</c>,
    /// <c>QueueMember</c>, <c>CustomerServiceAgent</c>, <c>PremiumClient</c> stay people).
    /// </summary>
    private static readonly HashSet<string> TechnicalQualifiers = new(StringComparer.Ordinal)
    {
        "api", "http", "https", "rest", "grpc", "rpc", "soap", "graphql", "websocket", "socket", "tcp", "udp", "smtp",
        "imap", "ftp", "sftp", "ssh", "ldap", "oauth", "oidc", "mqtt", "amqp", "kafka", "redis", "sql", "db", "database",
        "cache", "storage", "blob", "signalr", "proxy", "sdk", "mock", "fake", "stub", "build",
        "code", "type", "class", "struct", "interface", "enum", "record", "symbol", "field", "property", "method",
        "static", "instance", "data", "classified", "inventory",
    };

    /// <summary>Endings of type names that wrap the head noun: <c>CustomerDto</c>, <c>BuyerViewModel</c>.</summary>
    private static readonly string[] TypeSuffixes =
    [
        "viewmodel", "model", "dto", "entity", "information", "info", "details", "record", "request", "response", "summary", "data",
        "vm", "view", "form", "import",
    ];

    /// <summary>
    /// The head nouns of types that hold configuration or an organisation's own data: their <c>Email</c>,
    /// <c>Phone</c> or <c>ZipCode</c> is a sender address, a company's number or a tax rule, not a person's; a
    /// connection string's <c>Username</c> is a database role.
    /// </summary>
    private static readonly string[] NonPersonTypeTerms =
    [
        "config", "configuration", "settings", "options", "manifest", "theme", "company", "rate", "instellingen",
        "connectionstring", "connectionstringbuilder",
    ];

    /// <summary>
    /// The head nouns of types that describe a business's premises (<c>WarehouseVm</c>, <c>Store</c>, <c>Branch</c>):
    /// their postal address is where the business is, not where a person lives; a contact person's name or phone on
    /// them still counts.
    /// </summary>
    private static readonly string[] PremisesTypeTerms =
    [
        "warehouse", "store", "shop", "branch", "office", "depot", "outlet", "factory", "plant", "venue", "facility",
        "magazijn", "winkel", "filiaal", "vestiging", "kantoor",
    ];

    /// <summary>
    /// The first words of types about goods and prices (<c>StockHistory</c>, <c>InventoryItem</c>,
    /// <c>PriceAndDestination</c>): their <c>Note</c> or <c>ZipCode</c> is a stock memo or a shipping-rate rule, not a
    /// person's, unless the head noun names a person (<c>StockHolder</c>); a later word does not count
    /// (<c>ProductBackInStockSubscription</c> holds a customer's e-mail address).
    /// </summary>
    private static readonly string[] GoodsTypeFirstWords = ["stock", "inventory", "price", "pricing"];

    /// <summary>Member names that, on a person-like type, hold the person's name.</summary>
    private static readonly string[] PersonNameMembers = ["name", "displayname", "naam"];

    // Terms too generic as the last word ("ServerAddress", "ReplyMail") count only as the whole identifier; the
    // specific compounds above ("homeaddress", "emailaddress") cover the personal ones.
    private static readonly HashSet<string> WholeNameOnlyTerms = new(PersonalDataKindTable.WholeNameOnlyTerms, StringComparer.Ordinal);

    private static readonly string PostalAddressKind = PersonalDataKindTable.Get(PersonalDataKind.PostalAddress).Name;

    private static readonly string PersonNameKind = PersonalDataKindTable.Get(PersonalDataKind.PersonName).Name;

    private static readonly string[] PluralEndings = ["", "s", "es", "en"];

    // Names repeat across a code base (every "customer", "email", "id"): each is matched once. The default heuristics
    // live as long as the process (an IDE), so the caches stop growing at a bound instead of keeping every name seen.
    private const int MaxCached = 50_000;

    private readonly (string Term, string Kind)[] _terms;
    private readonly ConcurrentDictionary<string, string?> _matched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OwnerTypeTraits> _owners = new(StringComparer.Ordinal);
    private int _cached;

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
    [MethodImpl(HotPath.Optimized)]
    public string? Match(string identifier)
    {
        if (_matched.TryGetValue(identifier, out var known))
        {
            return known;
        }

        var kind = MatchUncached(identifier);
        if (Volatile.Read(ref _cached) < MaxCached && _matched.TryAdd(identifier, kind))
        {
            Interlocked.Increment(ref _cached);
        }

        return kind;
    }

    [MethodImpl(HotPath.Optimized)]
    private string? MatchUncached(string identifier)
    {
        if (identifier.Length == 0)
        {
            return null;
        }

        var folded = IdentifierWords.Fold(identifier);
        string? best = null;
        var bestLength = 0;
        var bestStart = 0;
        foreach (var (term, kind) in _terms)
        {
            // The longest matching term wins: "emailaddress" (EmailAddress) over "address" (PostalAddress).
            if (term.Length > bestLength && MatchStart(identifier, folded, term) is var start and >= 0)
            {
                best = kind;
                bestLength = term.Length;
                bestStart = start;
            }
        }

        return best is not null && HasSafeModifier(identifier, folded, bestStart) ? null : best;
    }

    /// <summary>
    /// The kind of personal data a member named <paramref name="memberName"/> of a type named
    /// <paramref name="typeName"/> holds, by the member's own name or, for <c>Name</c> on a person-like type
    /// (<c>Buyer.Name</c>, <c>CustomerDto.DisplayName</c>), as a person's name.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public string? MatchMember(string memberName, string typeName)
    {
        // Most members are named like nothing personal: their own name decides, before the type's name is read. The
        // type's traits are read once per type name, not once per member.
        var kind = Match(memberName);
        if (kind is null && !NamesAPerson(memberName))
        {
            return null;
        }

        var owner = TraitsOf(typeName);
        if ((owner & OwnerTypeTraits.NotAPerson) != 0)
        {
            return null;
        }

        if (kind is not null)
        {
            return kind == PostalAddressKind && (owner & OwnerTypeTraits.Premises) != 0 ? null : kind;
        }

        return (owner & OwnerTypeTraits.PersonLike) != 0 ? PersonNameKind : null;
    }

    /// <summary>Whether <paramref name="memberName"/> is one that holds a person's name on a person-like type.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool NamesAPerson(string memberName)
    {
        foreach (var name in PersonNameMembers)
        {
            if (IdentifierWords.FoldsTo(memberName, name))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private OwnerTypeTraits TraitsOf(string typeName)
    {
        if (_owners.TryGetValue(typeName, out var known))
        {
            return known;
        }

        var traits = TraitsOfUncached(typeName);
        if (Volatile.Read(ref _cached) < MaxCached && _owners.TryAdd(typeName, traits))
        {
            Interlocked.Increment(ref _cached);
        }

        return traits;
    }

    [MethodImpl(HotPath.Optimized)]
    private static OwnerTypeTraits TraitsOfUncached(string typeName)
    {
        // Folded once: every question about the type reads the same folded name.
        var folded = Normalize(typeName);
        var traits = IsPersonLikeType(typeName, folded) ? OwnerTypeTraits.PersonLike : OwnerTypeTraits.None;
        if (HeadNounIsOneOf(typeName, folded, NonPersonTypeTerms)
            || (FirstWordIsOneOf(typeName, folded, GoodsTypeFirstWords) && (traits & OwnerTypeTraits.PersonLike) == 0))
        {
            traits |= OwnerTypeTraits.NotAPerson;
        }

        if (HeadNounIsOneOf(typeName, folded, PremisesTypeTerms))
        {
            traits |= OwnerTypeTraits.Premises;
        }

        return traits;
    }

    /// <summary>
    /// Whether <paramref name="typeName"/>'s head noun, past wrappers like <c>Dto</c>, names a person, and is not
    /// qualified by a technical word into software (<c>ApiClient</c>, <c>ClassifiedMember</c>).
    /// </summary>
    public static bool IsPersonLikeType(string typeName) => IsPersonLikeType(typeName, Normalize(typeName));

    [MethodImpl(HotPath.Optimized)]
    private static bool IsPersonLikeType(string typeName, string folded) => HeadNounIsOneOf(typeName, folded, PersonTypeTerms, TechnicalQualifiers);

    [MethodImpl(HotPath.Optimized)]
    private static bool HeadNounIsOneOf(string typeName, string folded, string[] terms, HashSet<string>? notAfter = null)
    {
        var end = folded.Length;
        foreach (var suffix in TypeSuffixes)
        {
            if (end > suffix.Length && folded.EndsWith(suffix, StringComparison.Ordinal) && StartsWord(typeName, folded, end - suffix.Length))
            {
                end -= suffix.Length;
                break;
            }
        }

        var head = folded.Substring(0, end);
        foreach (var term in terms)
        {
            foreach (var ending in PluralEndings)
            {
                var length = term.Length + ending.Length;
                if (head.Length >= length
                    && string.CompareOrdinal(head, head.Length - length, term, 0, term.Length) == 0
                    && string.CompareOrdinal(head, head.Length - ending.Length, ending, 0, ending.Length) == 0
                    && StartsWord(typeName, folded, head.Length - length))
                {
                    return notAfter is null || !SoftwarePersonTerms.Contains(term) || !notAfter.Contains(WordBefore(typeName, folded, head.Length - length));
                }
            }
        }

        return false;
    }

    /// <summary>The word of <paramref name="identifier"/> that ends at folded position <paramref name="end"/>, or empty.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static string WordBefore(string identifier, string folded, int end)
    {
        var start = end - 1;
        while (start > 0 && !StartsWord(identifier, folded, start))
        {
            start--;
        }

        return start < 0 ? string.Empty : folded.Substring(start, end - start);
    }

    /// <summary>Whether the first word of <paramref name="typeName"/> is one of <paramref name="words"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool FirstWordIsOneOf(string typeName, string folded, string[] words)
    {
        foreach (var word in words)
        {
            if (folded.StartsWith(word, StringComparison.Ordinal)
                && (folded.Length == word.Length || StartsWord(typeName, folded, word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a safe modifier is a word of <paramref name="identifier"/> before position <paramref name="termStart"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool HasSafeModifier(string identifier, string folded, int termStart)
    {
        foreach (var modifier in SafeModifiers)
        {
            for (var at = folded.IndexOf(modifier, 0, termStart, StringComparison.Ordinal); at >= 0 && at + modifier.Length <= termStart;
                 at = at + 1 < termStart ? folded.IndexOf(modifier, at + 1, termStart - at - 1, StringComparison.Ordinal) : -1)
            {
                var end = at + modifier.Length;
                if (StartsWord(identifier, folded, at) && (end == termStart || StartsWord(identifier, folded, end)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="term"/> (with a plural ending) ends <paramref name="folded"/> at a word start, or -1.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static int MatchStart(string identifier, string folded, string term)
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
                return start;
            }
        }

        return -1;
    }

    /// <summary>Lower case letters only (the shared reading of names): <c>E_Mail</c>, <c>eMail</c> and <c>email</c> fold alike.</summary>
    private static string Normalize(string identifier) => IdentifierWords.Fold(identifier);

    /// <summary>Whether position <paramref name="start"/> of the folded identifier begins a word of the original.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool StartsWord(string identifier, string folded, int start) =>
        IdentifierWords.StartsWord(identifier, start);

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
