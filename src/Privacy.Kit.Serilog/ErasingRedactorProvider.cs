using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Serilog;

/// <summary>Erases every classification no Privacy.Kit redactor covers: without an application provider, fail closed.</summary>
internal sealed class ErasingRedactorProvider : IRedactorProvider
{
    public static ErasingRedactorProvider Instance { get; } = new();

    public Redactor GetRedactor(DataClassificationSet classifications) => ErasingRedactor.Instance;
}
