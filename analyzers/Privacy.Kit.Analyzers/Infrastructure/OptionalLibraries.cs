using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// The assemblies of the logging and telemetry libraries a compilation references, each <see langword="null"/> when
/// it does not: their types are looked up in them alone. A type of the same name declared elsewhere (in source, in
/// another library) is not the library's and is not treated as a sink.
/// </summary>
internal readonly struct OptionalLibraries
{
    private OptionalLibraries(IAssemblySymbol? serilog, IAssemblySymbol? nLog, IAssemblySymbol? log4Net, IAssemblySymbol? sentry, IAssemblySymbol? applicationInsights)
    {
        Serilog = serilog;
        NLog = nLog;
        Log4Net = log4Net;
        Sentry = sentry;
        ApplicationInsights = applicationInsights;
    }

    public IAssemblySymbol? Serilog { get; }

    public IAssemblySymbol? NLog { get; }

    public IAssemblySymbol? Log4Net { get; }

    public IAssemblySymbol? Sentry { get; }

    public IAssemblySymbol? ApplicationInsights { get; }

    /// <summary>The libraries among the assemblies <paramref name="compilation"/> references, found in one pass.</summary>
    public static OptionalLibraries Of(Compilation compilation)
    {
        IAssemblySymbol? serilog = null, nLog = null, log4Net = null, sentry = null, applicationInsights = null;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            switch (assembly.Identity.Name)
            {
                case "Serilog":
                    serilog = assembly;
                    break;
                case "NLog":
                    nLog = assembly;
                    break;
                case "log4net":
                    log4Net = assembly;
                    break;
                case "Sentry":
                    sentry = assembly;
                    break;
                case "Microsoft.ApplicationInsights":
                    applicationInsights = assembly;
                    break;
            }
        }

        return new OptionalLibraries(serilog, nLog, log4Net, sentry, applicationInsights);
    }
}
