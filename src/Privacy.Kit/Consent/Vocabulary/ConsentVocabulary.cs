using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Privacy.Kit.Consent;

/// <summary>
/// The written names of purposes, channels, sectors and jurisdictions, as used by the command line, the stored
/// events and the proof document. Names are lower case with dashes (<c>direct-marketing</c>); jurisdictions are
/// ISO 3166 country codes (<c>NL</c>, <c>BE</c>). Parsing ignores case.
/// </summary>
public static class ConsentVocabulary
{
    private static readonly FrozenDictionary<string, ContactPurpose> Purposes = Index<ContactPurpose>(Name);
    private static readonly FrozenDictionary<string, ContactChannel> Channels = Index<ContactChannel>(Name);
    private static readonly FrozenDictionary<string, CallerSector> Sectors = Index<CallerSector>(Name);
    private static readonly FrozenDictionary<string, ObjectionAnswer> Answers = Index<ObjectionAnswer>(Name);

    /// <summary>The written name of a purpose.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns><c>service</c> or <c>direct-marketing</c>.</returns>
    public static string Name(ContactPurpose purpose) => purpose switch
    {
        ContactPurpose.Service => "service",
        ContactPurpose.DirectMarketing => "direct-marketing",
        _ => throw Undefined(purpose),
    };

    /// <summary>The written name of a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><c>phone</c>, <c>sms</c>, <c>email</c> or <c>post</c>.</returns>
    public static string Name(ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => "phone",
        ContactChannel.Sms => "sms",
        ContactChannel.Email => "email",
        ContactChannel.Post => "post",
        _ => throw Undefined(channel),
    };

    /// <summary>The written name of a caller sector.</summary>
    /// <param name="sector">The sector.</param>
    /// <returns><c>commercial</c>, <c>charity</c>, <c>charity-lottery</c> or <c>press</c>.</returns>
    public static string Name(CallerSector sector) => sector switch
    {
        CallerSector.Commercial => "commercial",
        CallerSector.Charity => "charity",
        CallerSector.CharityLottery => "charity-lottery",
        CallerSector.Press => "press",
        _ => throw Undefined(sector),
    };

    /// <summary>The country code of a jurisdiction, as its rules write it.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns><c>NL</c> or <c>BE</c>.</returns>
    public static string Name(Jurisdiction jurisdiction) => JurisdictionMap.Default[jurisdiction].Code;

    /// <summary>The written name of an answer to the offered objection.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns><c>not-asked</c>, <c>no-objection</c> or <c>objected</c>.</returns>
    public static string Name(ObjectionAnswer answer) => answer switch
    {
        ObjectionAnswer.NotAsked => "not-asked",
        ObjectionAnswer.NoObjection => "no-objection",
        ObjectionAnswer.Objected => "objected",
        _ => throw Undefined(answer),
    };

    /// <summary>Reads a purpose name such as <c>direct-marketing</c>.</summary>
    /// <param name="name">The written name.</param>
    /// <param name="purpose">The purpose when the name is known.</param>
    /// <returns>Whether the name is a known purpose.</returns>
    public static bool TryParse(string? name, out ContactPurpose purpose) => Purposes.TryGetValue(name ?? "", out purpose);

    /// <summary>Reads a channel name such as <c>phone</c>.</summary>
    /// <param name="name">The written name.</param>
    /// <param name="channel">The channel when the name is known.</param>
    /// <returns>Whether the name is a known channel.</returns>
    public static bool TryParse(string? name, out ContactChannel channel) => Channels.TryGetValue(name ?? "", out channel);

    /// <summary>Reads a caller sector name such as <c>charity-lottery</c>.</summary>
    /// <param name="name">The written name.</param>
    /// <param name="sector">The sector when the name is known.</param>
    /// <returns>Whether the name is a known sector.</returns>
    public static bool TryParse(string? name, out CallerSector sector) => Sectors.TryGetValue(name ?? "", out sector);

    /// <summary>Reads a jurisdiction country code such as <c>NL</c>.</summary>
    /// <param name="name">The country code.</param>
    /// <param name="jurisdiction">The jurisdiction when the code is known.</param>
    /// <returns>Whether the code is a known jurisdiction.</returns>
    public static bool TryParse(string? name, out Jurisdiction jurisdiction)
    {
        var known = JurisdictionMap.Default.TryGet(name ?? "", out var rules);
        jurisdiction = known ? rules!.Jurisdiction : default;
        return known;
    }

    /// <summary>Reads an objection answer name such as <c>objected</c>.</summary>
    /// <param name="name">The written name.</param>
    /// <param name="answer">The answer when the name is known.</param>
    /// <returns>Whether the name is a known answer.</returns>
    public static bool TryParse(string? name, out ObjectionAnswer answer) => Answers.TryGetValue(name ?? "", out answer);

    /// <summary>Every written name of <typeparamref name="TEnum"/>, for help texts and error messages.</summary>
    /// <typeparam name="TEnum">One of the consent vocabulary enums.</typeparam>
    /// <returns>The names, in declaration order, separated by <c>|</c>.</returns>
    public static string Names<TEnum>()
        where TEnum : struct, Enum
    {
        if (typeof(TEnum) == typeof(Jurisdiction))
        {
            return JurisdictionMap.Default.Codes;
        }

        var values = Enum.GetValues<TEnum>();
        var names = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            names[i] = NameOf(values[i]);
        }

        return string.Join('|', names);
    }

    private static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => value switch
        {
            ContactPurpose p => Name(p),
            ContactChannel c => Name(c),
            CallerSector s => Name(s),
            ObjectionAnswer a => Name(a),
            _ => throw new ArgumentException($"{typeof(TEnum).Name} is not part of the consent vocabulary.", nameof(value)),
        };

    private static FrozenDictionary<string, TEnum> Index<TEnum>(Func<TEnum, string> name)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var index = new Dictionary<string, TEnum>(values.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            index.Add(name(value), value);
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    [SuppressMessage("Usage", "CA2208:Instantiate argument exceptions correctly", Justification = "The value is the argument.")]
    private static ArgumentOutOfRangeException Undefined<TEnum>(TEnum value)
        where TEnum : struct, Enum => new(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
}
