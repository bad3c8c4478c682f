using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The framework and library types the rules look for, resolved once per compilation by metadata name. A type the
/// compilation does not reference is <see langword="null"/>: rules that depend on it bail out instead of guessing.
/// Privacy.Kit's own types are found by name too; the analyzers never reference Privacy.Kit.dll.
/// </summary>
internal sealed class KnownSymbols
{
    public KnownSymbols(Compilation compilation)
    {
        String = compilation.GetSpecialType(SpecialType.System_String);
        Object = compilation.GetSpecialType(SpecialType.System_Object);
        Exception = Get(compilation, "System.Exception");
        StringBuilder = Get(compilation, "System.Text.StringBuilder");
        Console = Get(compilation, "System.Console");
        Debug = Get(compilation, "System.Diagnostics.Debug");
        Trace = Get(compilation, "System.Diagnostics.Trace");
        TextWriter = Get(compilation, "System.IO.TextWriter");
        CancellationToken = Get(compilation, "System.Threading.CancellationToken");
        DateTime = Get(compilation, "System.DateTime");
        DateTimeOffset = Get(compilation, "System.DateTimeOffset");
        DateOnly = Get(compilation, "System.DateOnly");
        ReadOnlySpan = Get(compilation, "System.ReadOnlySpan`1");
        ReadOnlyMemory = Get(compilation, "System.ReadOnlyMemory`1");
        IEnumerable = Get(compilation, "System.Collections.Generic.IEnumerable`1");
        MailAddress = Get(compilation, "System.Net.Mail.MailAddress");
        IPAddress = Get(compilation, "System.Net.IPAddress");

        ILogger = Get(compilation, "Microsoft.Extensions.Logging.ILogger");
        LoggerExtensions = Get(compilation, "Microsoft.Extensions.Logging.LoggerExtensions");
        LoggerMessage = Get(compilation, "Microsoft.Extensions.Logging.LoggerMessage");
        LoggerMessageAttribute = Get(compilation, "Microsoft.Extensions.Logging.LoggerMessageAttribute");
        LogLevel = Get(compilation, "Microsoft.Extensions.Logging.LogLevel");
        EventId = Get(compilation, "Microsoft.Extensions.Logging.EventId");

        DataClassificationAttribute = Get(compilation, "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
        NoDataClassificationAttribute = Get(compilation, "Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute");
        UnknownDataClassificationAttribute = Get(compilation, "Microsoft.Extensions.Compliance.Classification.UnknownDataClassificationAttribute");
        Redactor = Get(compilation, "Microsoft.Extensions.Compliance.Redaction.Redactor");
        NullRedactor = Get(compilation, "Microsoft.Extensions.Compliance.Redaction.NullRedactor");
        RedactorProvider = Get(compilation, "Microsoft.Extensions.Compliance.Redaction.IRedactorProvider");

        IdentityPersonalDataAttribute = Get(compilation, "Microsoft.AspNetCore.Identity.PersonalDataAttribute");

        NotPersonalDataAttribute = Get(compilation, "Privacy.Kit.NotPersonalDataAttribute");
        VendorBoundaryAttribute = Get(compilation, "Privacy.Kit.VendorBoundaryAttribute");
        RequiresConsentAttribute = Get(compilation, "Privacy.Kit.RequiresConsentAttribute");
        ConsentCheckAttribute = Get(compilation, "Privacy.Kit.ConsentCheckAttribute");
        PrivacyTaxonomy = Get(compilation, "Privacy.Kit.PrivacyTaxonomy");
    }

    public INamedTypeSymbol String { get; }

    public INamedTypeSymbol Object { get; }

    public INamedTypeSymbol? Exception { get; }

    public INamedTypeSymbol? StringBuilder { get; }

    public INamedTypeSymbol? Console { get; }

    public INamedTypeSymbol? Debug { get; }

    public INamedTypeSymbol? Trace { get; }

    public INamedTypeSymbol? TextWriter { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? DateTime { get; }

    public INamedTypeSymbol? DateTimeOffset { get; }

    public INamedTypeSymbol? DateOnly { get; }

    public INamedTypeSymbol? ReadOnlySpan { get; }

    public INamedTypeSymbol? ReadOnlyMemory { get; }

    public INamedTypeSymbol? IEnumerable { get; }

    public INamedTypeSymbol? MailAddress { get; }

    public INamedTypeSymbol? IPAddress { get; }

    public INamedTypeSymbol? ILogger { get; }

    public INamedTypeSymbol? LoggerExtensions { get; }

    public INamedTypeSymbol? LoggerMessage { get; }

    public INamedTypeSymbol? LoggerMessageAttribute { get; }

    public INamedTypeSymbol? LogLevel { get; }

    public INamedTypeSymbol? EventId { get; }

    public INamedTypeSymbol? DataClassificationAttribute { get; }

    public INamedTypeSymbol? NoDataClassificationAttribute { get; }

    public INamedTypeSymbol? UnknownDataClassificationAttribute { get; }

    public INamedTypeSymbol? Redactor { get; }

    public INamedTypeSymbol? NullRedactor { get; }

    public INamedTypeSymbol? RedactorProvider { get; }

    /// <summary>ASP.NET Core Identity's <c>[PersonalData]</c>; <c>[ProtectedPersonalData]</c> derives from it.</summary>
    public INamedTypeSymbol? IdentityPersonalDataAttribute { get; }

    public INamedTypeSymbol? NotPersonalDataAttribute { get; }

    public INamedTypeSymbol? RequiresConsentAttribute { get; }

    public INamedTypeSymbol? ConsentCheckAttribute { get; }

    public INamedTypeSymbol? VendorBoundaryAttribute { get; }

    public INamedTypeSymbol? PrivacyTaxonomy { get; }

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is, derives from or implements <paramref name="interfaceOrBase"/>.</summary>
    public static bool IsOrImplements(ITypeSymbol? type, INamedTypeSymbol? interfaceOrBase)
    {
        if (type is null || interfaceOrBase is null)
        {
            return false;
        }

        if (InheritsFrom(type, interfaceOrBase))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, interfaceOrBase))
            {
                return true;
            }
        }

        return false;
    }

    private static INamedTypeSymbol? Get(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName);
}
