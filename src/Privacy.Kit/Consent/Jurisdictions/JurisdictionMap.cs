using System.Collections.Frozen;

namespace Privacy.Kit.Consent;

/// <summary>
/// The one map from jurisdiction to its rules. A new country is a folder under <c>Jurisdictions/</c> with its
/// <see cref="JurisdictionRules"/> and one line in <see cref="Default"/> (and its <see cref="Consent.Jurisdiction"/> member).
/// </summary>
internal sealed class JurisdictionMap
{
    private readonly FrozenDictionary<Jurisdiction, JurisdictionRules> _byJurisdiction;
    private readonly FrozenDictionary<string, JurisdictionRules> _byCode;

    /// <summary>Initializes a new instance of the <see cref="JurisdictionMap"/> class.</summary>
    /// <param name="rules">One rules object per jurisdiction, in the order help texts list them.</param>
    /// <exception cref="ArgumentException">Two rules objects for one jurisdiction or one code.</exception>
    public JurisdictionMap(IReadOnlyList<JurisdictionRules> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        All = rules;
        _byJurisdiction = rules.ToFrozenDictionary(r => r.Jurisdiction);
        _byCode = rules.ToFrozenDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        Codes = string.Join('|', rules.Select(r => r.Code));
    }

    /// <summary>The jurisdictions Privacy.Kit knows: the one registration of each.</summary>
    public static JurisdictionMap Default { get; } = new([new NetherlandsRules(), new BelgiumRules()]);

    /// <summary>Every registered rules object, in registration order.</summary>
    public IReadOnlyList<JurisdictionRules> All { get; }

    /// <summary>The codes, separated by <c>|</c>, for help texts and error messages.</summary>
    public string Codes { get; }

    /// <summary>The rules of a jurisdiction.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>Its rules.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The jurisdiction is not registered.</exception>
    public JurisdictionRules this[Jurisdiction jurisdiction] => _byJurisdiction.TryGetValue(jurisdiction, out var rules)
        ? rules
        : throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, "No rules are registered for this jurisdiction.");

    /// <summary>Finds the rules of a written code such as <c>NL</c>, ignoring case.</summary>
    /// <param name="code">The code.</param>
    /// <param name="rules">The rules when the code is registered.</param>
    /// <returns>Whether it is.</returns>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JurisdictionRules? rules) => _byCode.TryGetValue(code, out rules);
}
