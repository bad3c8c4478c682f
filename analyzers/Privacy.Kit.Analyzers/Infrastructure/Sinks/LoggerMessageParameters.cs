using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure.Sinks;

/// <summary>
/// What the logging source generator writes of a <c>[LoggerMessage]</c> method's parameters: a classified parameter
/// through its redactor, a <c>[LogProperties]</c> parameter member by member (each with its own classification), the
/// logger, level and event id not at all, and every other parameter as its <c>ToString()</c>, whole.
/// </summary>
internal static class LoggerMessageParameters
{
    /// <summary>Whether <paramref name="parameter"/> is written as a value (not redacted, not plumbing, not member by member).</summary>
    public static bool IsWrittenAsValue(IParameterSymbol parameter, PersonalDataClassifier classifier) =>
        !IsPlumbing(parameter.Type, classifier.Known) && !classifier.HasDataClassification(parameter) && !HasLogProperties(parameter);

    /// <summary>
    /// The personal data the generated code prints when it writes <paramref name="parameter"/> whole (a record, a
    /// type with its own <c>ToString</c>, a base record whose derived records print personal members), or
    /// <see langword="null"/>.
    /// </summary>
    public static HeldPersonalData? PrintedWhole(IParameterSymbol parameter, PersonalDataClassifier classifier) =>
        IsWrittenAsValue(parameter, classifier) && !KnownSymbols.InheritsFrom(parameter.Type, classifier.Known.Exception)
            ? classifier.PrintedBy(parameter.Type)
            : null;

    /// <summary>[LogProperties] parameters are logged member by member, each redacted by its own classification.</summary>
    public static bool HasLogProperties(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "LogPropertiesAttribute")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The logger, level and event id: what the generated code uses to log, not what it writes.</summary>
    public static bool IsPlumbing(ITypeSymbol type, KnownSymbols known) =>
        KnownSymbols.IsOrImplements(type, known.ILogger)
        || SymbolEqualityComparer.Default.Equals(type, known.LogLevel)
        || SymbolEqualityComparer.Default.Equals(type, known.EventId);
}
