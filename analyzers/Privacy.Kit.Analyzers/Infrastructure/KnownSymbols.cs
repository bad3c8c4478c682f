using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The framework and library types the rules look for, resolved once per compilation by metadata name. A type the
/// compilation does not reference is <see langword="null"/>: rules that depend on it bail out instead of guessing.
/// Privacy.Kit's own types are found by name too; the analyzers never reference Privacy.Kit.dll.
/// </summary>
internal sealed class KnownSymbols
{
    private SourceTypeIndex? _sourceTypes;

    public KnownSymbols(Compilation compilation)
    {
        Compilation = compilation;
        Guid = Get(compilation, "System.Guid");
        NotPersonalTypes = new HashSet<INamedTypeSymbol>(Present(
            Get(compilation, "System.IO.FileSystemInfo"),
            Get(compilation, "System.IO.Path"),
            Get(compilation, "System.IO.DriveInfo"),
            Get(compilation, "System.Reflection.MemberInfo"),
            Get(compilation, "System.Reflection.Assembly"),
            Get(compilation, "System.Reflection.AssemblyName"),
            Get(compilation, "System.Runtime.InteropServices.RuntimeInformation"),
            Get(compilation, "System.Environment"),
            Get(compilation, "System.AppContext"),
            Get(compilation, "System.AppDomain"),
            Get(compilation, "System.OperatingSystem"),
            Get(compilation, "System.Diagnostics.Process"),
            Get(compilation, "System.Diagnostics.FileVersionInfo")), SymbolEqualityComparer.Default);
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

        // The logging and telemetry libraries most compilations do not use: each is looked up only in its own
        // assembly, and only when the compilation references it (a lookup by metadata name searches every reference).
        var libraries = OptionalLibraries.Of(compilation);
        SerilogLogger = libraries.Serilog?.GetTypeByMetadataName("Serilog.ILogger");
        SerilogLog = libraries.Serilog?.GetTypeByMetadataName("Serilog.Log");
        SerilogLogContext = libraries.Serilog?.GetTypeByMetadataName("Serilog.Context.LogContext");
        NLogLoggerBase = libraries.NLog?.GetTypeByMetadataName("NLog.ILoggerBase");
        NLogLogger = libraries.NLog?.GetTypeByMetadataName("NLog.Logger");
        NLogScopeContext = libraries.NLog?.GetTypeByMetadataName("NLog.ScopeContext");
        NLogLoggerExtensions = libraries.NLog?.GetTypeByMetadataName("NLog.ILoggerExtensions");
        NLogLogEventBuilder = libraries.NLog?.GetTypeByMetadataName("NLog.LogEventBuilder");
        Log4NetLog = libraries.Log4Net?.GetTypeByMetadataName("log4net.ILog");
        Log4NetContextProperties = libraries.Log4Net?.GetTypeByMetadataName("log4net.Util.ContextPropertiesBase");
        Log4NetContextStacks = libraries.Log4Net is { } log4Net
            ? Present(log4Net.GetTypeByMetadataName("log4net.Util.ThreadContextStack"), log4Net.GetTypeByMetadataName("log4net.Util.LogicalThreadContextStack"))
            : [];

        Activity = Get(compilation, "System.Diagnostics.Activity");
        ActivitySource = Get(compilation, "System.Diagnostics.ActivitySource");
        Instrument = Get(compilation, "System.Diagnostics.Metrics.Instrument`1");
        TelemetryClient = libraries.ApplicationInsights?.GetTypeByMetadataName("Microsoft.ApplicationInsights.TelemetryClient");
        TelemetryContext = libraries.ApplicationInsights?.GetTypeByMetadataName("Microsoft.ApplicationInsights.DataContracts.TelemetryContext");
        SupportProperties = libraries.ApplicationInsights?.GetTypeByMetadataName("Microsoft.ApplicationInsights.DataContracts.ISupportProperties");
        SentrySdk = libraries.Sentry?.GetTypeByMetadataName("Sentry.SentrySdk");

        NotPersonalDataAttribute = Get(compilation, "Privacy.Kit.NotPersonalDataAttribute");
        VendorBoundaryAttribute = Get(compilation, "Privacy.Kit.VendorBoundaryAttribute");
        RequiresConsentAttribute = Get(compilation, "Privacy.Kit.RequiresConsentAttribute");
        ConsentCheckAttribute = Get(compilation, "Privacy.Kit.ConsentCheckAttribute");
        PrivacyTaxonomy = Get(compilation, "Privacy.Kit.PrivacyTaxonomy");
        RedactsAttribute = Get(compilation, "Privacy.Kit.RedactsAttribute");
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol? Guid { get; }

    /// <summary>
    /// Types whose members are never a person's data, whatever they are called: <c>FileSystemInfo.FullName</c>,
    /// <c>Type.FullName</c>, <c>RuntimeInformation.OSDescription</c>, <c>Environment.MachineName</c>.
    /// </summary>
    public HashSet<INamedTypeSymbol> NotPersonalTypes { get; }

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

    /// <summary>Serilog's <c>ILogger</c>; its static <c>Log</c>; <c>LogContext</c>.</summary>
    public INamedTypeSymbol? SerilogLogger { get; }

    public INamedTypeSymbol? SerilogLog { get; }

    public INamedTypeSymbol? SerilogLogContext { get; }

    /// <summary>NLog's <c>ILoggerBase</c> (implemented by <c>ILogger</c> and <c>Logger</c>), <c>Logger</c>, <c>ScopeContext</c>.</summary>
    public INamedTypeSymbol? NLogLoggerBase { get; }

    public INamedTypeSymbol? NLogLogger { get; }

    public INamedTypeSymbol? NLogScopeContext { get; }

    /// <summary>NLog's extension methods on <c>ILogger</c> (<c>ConditionalDebug</c>, <c>ForInfoEvent</c>, ...) and the fluent <c>LogEventBuilder</c>.</summary>
    public INamedTypeSymbol? NLogLoggerExtensions { get; }

    public INamedTypeSymbol? NLogLogEventBuilder { get; }

    /// <summary>log4net's <c>ILog</c>.</summary>
    public INamedTypeSymbol? Log4NetLog { get; }

    /// <summary>
    /// log4net's context properties (<c>ThreadContext.Properties</c>, <c>LogicalThreadContext.Properties</c>,
    /// <c>GlobalContext.Properties</c>: every event carries them) and context stacks (<c>ThreadContext.Stacks["NDC"]</c>).
    /// </summary>
    public INamedTypeSymbol? Log4NetContextProperties { get; }

    public IReadOnlyList<INamedTypeSymbol> Log4NetContextStacks { get; }

    /// <summary>OpenTelemetry in .NET: <c>Activity</c>, <c>ActivitySource</c> and the metric instruments' base <c>Instrument&lt;T&gt;</c>.</summary>
    public INamedTypeSymbol? Activity { get; }

    public INamedTypeSymbol? ActivitySource { get; }

    public INamedTypeSymbol? Instrument { get; }

    /// <summary>Application Insights' <c>TelemetryClient</c>.</summary>
    public INamedTypeSymbol? TelemetryClient { get; }

    /// <summary>
    /// Application Insights' <c>TelemetryContext</c> (its user, session, location, device, ... contexts and global
    /// properties go with every item) and <c>ISupportProperties</c> (an item's own properties).
    /// </summary>
    public INamedTypeSymbol? TelemetryContext { get; }

    public INamedTypeSymbol? SupportProperties { get; }

    /// <summary>Sentry's <c>SentrySdk</c>: its assembly holds the scope, user, event and hub types.</summary>
    public INamedTypeSymbol? SentrySdk { get; }

    public INamedTypeSymbol? RequiresConsentAttribute { get; }

    public INamedTypeSymbol? ConsentCheckAttribute { get; }

    public INamedTypeSymbol? VendorBoundaryAttribute { get; }

    public INamedTypeSymbol? PrivacyTaxonomy { get; }

    /// <summary>Privacy.Kit's marker for sanitizers: a method or type whose results are redacted.</summary>
    public INamedTypeSymbol? RedactsAttribute { get; }

    /// <summary>The types of this compilation that derive from or implement <paramref name="type"/>.</summary>
    public IReadOnlyList<INamedTypeSymbol> DerivedTypes(ITypeSymbol type)
    {
        var index = Volatile.Read(ref _sourceTypes);
        if (index is null)
        {
            // Two threads may build it at once; both are equal, one wins.
            index = new SourceTypeIndex(Compilation);
            Interlocked.CompareExchange(ref _sourceTypes, index, null);
        }

        return index.DerivedFrom(type);
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    [MethodImpl(HotPath.Optimized)]
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
    [MethodImpl(HotPath.Optimized)]
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

    private static INamedTypeSymbol[] Present(params INamedTypeSymbol?[] types)
    {
        var present = new List<INamedTypeSymbol>(types.Length);
        foreach (var type in types)
        {
            if (type is not null)
            {
                present.Add(type);
            }
        }

        return [.. present];
    }

    private static INamedTypeSymbol? Get(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName);
}
