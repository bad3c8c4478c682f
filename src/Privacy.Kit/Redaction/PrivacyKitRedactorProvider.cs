using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Redaction;

/// <summary>
/// The redactor provider <c>AddPrivacyKit()</c> puts in front of Microsoft's. Sets Microsoft's provider maps
/// (<c>SetRedactor&lt;T&gt;</c>) keep their redactor; Privacy.Kit classifications it does not map get Privacy.Kit's;
/// and no set holding a Privacy.Kit classification ever gets a pass-through redactor.
/// </summary>
/// <remarks>
/// Fail closed: a <see cref="NullRedactor"/> mapped to, or falling back for, a set with a Privacy.Kit classification
/// is replaced; a set that combines a Privacy.Kit classification with others and has no mapping of its own is erased.
/// </remarks>
internal sealed class PrivacyKitRedactorProvider : IRedactorProvider
{
    /// <summary>A classification nobody maps: asking for it tells which redactor the inner provider falls back to.</summary>
    private static readonly DataClassificationSet Unmapped = new(new DataClassification("Privacy.Kit.Internal", "Unmapped"));

    private readonly IRedactorProvider _inner;
    private readonly PrivacyKitRedactors _own;
    private readonly Redactor _fallback;
    private readonly FreeTextRedactor _freeText;

    /// <summary>
    /// Each Privacy.Kit kind's own set, resolved up front: what <c>[PhoneNumber]</c> and the like ask for on every
    /// logged value (a new, equal set each time), found without the concurrent dictionary's extra work.
    /// </summary>
    private readonly FrozenDictionary<DataClassificationSet, Redactor> _kindSets;

    /// <summary>Every other set, resolved on first use.</summary>
    private readonly ConcurrentDictionary<DataClassificationSet, Redactor> _resolved = new();

    /// <summary>Initializes the provider over Microsoft's (or any earlier registered) provider.</summary>
    public PrivacyKitRedactorProvider(IRedactorProvider inner, PrivacyKitRedactors own)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(own);
        _inner = inner;
        _own = own;
        _fallback = inner.GetRedactor(Unmapped);

        // Items inside free text take their kind's redactor from this provider, so a redactor the application mapped
        // to a kind (SetRedactor) applies to that kind inside notes too, exactly as to a field.
        _freeText = new FreeTextRedactor(this, own.Cues);
        _kindSets = PrivacyClassificationSets.Kinds.ToFrozenDictionary(PrivacyClassificationSets.Set, kind => Resolve(PrivacyClassificationSets.Set(kind)));
    }

    /// <inheritdoc />
    public Redactor GetRedactor(DataClassificationSet classifications)
    {
        ArgumentNullException.ThrowIfNull(classifications);
        return _kindSets.TryGetValue(classifications, out Redactor? redactor)
            ? redactor
            : _resolved.GetOrAdd(classifications, static (set, provider) => provider.Resolve(set), this);
    }

    private Redactor Resolve(DataClassificationSet set)
    {
        Redactor inner = _inner.GetRedactor(set);
        if (!PrivacyClassificationSets.ContainsPrivacyKitClassification(set))
        {
            return inner;
        }

        bool mappedByUser = !ReferenceEquals(inner, _fallback);
        if (mappedByUser && inner is not NullRedactor)
        {
            return inner;
        }

        if (!PrivacyClassificationSets.TryGetKind(set, out PersonalDataKind kind))
        {
            return ErasingRedactor.Instance;
        }

        Redactor own = _own.For(kind);
        return own is FreeTextRedactor ? _freeText : own;
    }
}
