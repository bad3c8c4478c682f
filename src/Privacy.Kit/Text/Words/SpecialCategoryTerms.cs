namespace Privacy.Kit.Text;

/// <summary>
/// Words that reveal a special category of personal data (GDPR Art. 9) when a contact center writes them down about a
/// person: health conditions, trade-union membership, religion, ethnic origin and sexual orientation, in Dutch and
/// English. Each is a whole word or phrase, matched case-insensitively; users can add their own.
/// </summary>
/// <remarks>
/// Words with an everyday second meaning are left out ("ziek" of a broken device, "race", "disabled" of an account,
/// "Christian" and "Christen", which are also first names), so the list favours precision: a term found is almost always
/// about a person.
/// </remarks>
internal static class SpecialCategoryTerms
{
    /// <summary>The longest term a user may add; the scanner reads this far back for a term that started before a cut.</summary>
    public const int MaxUserTermLength = 100;

    /// <summary>The built-in terms.</summary>
    public static readonly string[] BuiltIn =
    [
        // Health (Dutch)
        "diabetes", "suikerziekte", "kanker", "borstkanker", "longkanker", "chemo", "chemotherapie", "bestraling", "depressie",
        "depressief", "burn-out", "burnout", "psychose", "schizofrenie", "bipolair", "angststoornis", "autisme", "adhd",
        "epilepsie", "dementie", "alzheimer", "parkinson", "hiv", "aids", "hartaanval", "hartinfarct", "beroerte",
        "herseninfarct", "astma", "copd", "reuma", "multiple sclerose", "zwanger", "zwangerschap", "miskraam", "verslaafd",
        "verslaving", "afkickkliniek", "rolstoel", "rolstoelgebonden", "dialyse", "psychiater", "psycholoog", "ggz",
        "medicatie", "antidepressiva", "opgenomen in het ziekenhuis", "ziekenhuisopname", "arbeidsongeschikt",
        // Health (English)
        "cancer", "breast cancer", "chemotherapy", "depression", "depressed", "psychosis", "schizophrenia", "bipolar",
        "anxiety disorder", "autism", "autistic", "epilepsy", "dementia", "alzheimer's", "parkinson's", "heart attack",
        "stroke patient", "asthma", "multiple sclerosis", "pregnant", "pregnancy", "miscarriage", "addicted", "addiction",
        "rehab", "wheelchair", "dialysis", "psychiatrist", "antidepressants", "hospitalised", "hospitalized",
        // Trade-union membership
        "vakbond", "vakbondslid", "lid van de vakbond", "lid van de fnv", "fnv-lid", "cnv-lid", "trade union", "union member",
        "union membership", "member of the union",
        // Religion and belief
        "moslim", "moslima", "islamitisch", "joods", "katholiek", "rooms-katholiek", "protestants", "christelijk",
        "hindoe", "hindoeïstisch", "boeddhist", "boeddhistisch", "jehova's getuige", "gelovig", "atheïst", "muslim",
        "islamic", "jewish", "catholic", "protestant", "hindu", "buddhist", "jehovah's witness", "atheist",
        // Ethnic origin
        "etniciteit", "etnische afkomst", "afkomst", "allochtoon", "ethnicity", "ethnic origin", "ethnic background",
        // Sexual orientation and gender identity
        "homoseksueel", "homo", "lesbisch", "lesbienne", "biseksueel", "transgender", "seksuele geaardheid", "homosexual",
        "gay", "lesbian", "bisexual", "sexual orientation",
    ];

    /// <summary>
    /// What is wrong with a term a user adds, as the end of a sentence that starts with the term's name
    /// (<c>"... is empty"</c>), or <see langword="null"/> when the scanner can look for it. Spaces around a term are
    /// ignored; a term needs a letter, so no punctuation or number turns into a special category everywhere.
    /// </summary>
    public static string? Problem(string? term)
    {
        var trimmed = term.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return "is empty: write a word or phrase, such as 'reuma', or remove the entry";
        }

        if (trimmed.Length > MaxUserTermLength)
        {
            return $"has {trimmed.Length} characters: a term has at most {MaxUserTermLength}";
        }

        foreach (var c in trimmed)
        {
            if (char.IsLetter(c))
            {
                return null;
            }
        }

        return "has no letter: a term is a word or phrase, such as 'reuma'";
    }
}
