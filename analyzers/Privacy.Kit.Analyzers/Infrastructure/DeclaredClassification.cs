namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// What a declaration's attributes say: personal data of a kind, or explicitly not personal data
/// (<c>[NotPersonalData]</c>, <c>[NoDataClassification]</c>).
/// </summary>
/// <remarks>A class for the same reason as <see cref="PersonalDataSource"/>: it is cached per symbol.</remarks>
internal sealed class DeclaredClassification
{
    /// <summary>Explicitly not personal data.</summary>
    public static readonly DeclaredClassification NotPersonal = new(isPersonal: false, kind: null);

    public DeclaredClassification(bool isPersonal, string? kind)
    {
        IsPersonal = isPersonal;
        Kind = kind;
    }

    public bool IsPersonal { get; }

    /// <summary>The kind when <see cref="IsPersonal"/>, else <see langword="null"/>.</summary>
    public string? Kind { get; }
}
