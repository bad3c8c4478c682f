using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Operations;

namespace Privacy.Kit.Analyzers.Infrastructure.Sinks;

/// <summary>
/// Which sinks one invocation is, each kind looked up at most once for all the rules that ask: PK1001 asks for the log
/// sink, PK1002 the vendor sink, PK1006 the telemetry sink, PK1004 all three. Thread-safe: two threads that ask at
/// once may both look a sink up; they find the same one.
/// </summary>
internal sealed class InvocationSinks
{
    // What a field holds once the lookup found no sink: null means not looked up yet.
    private static readonly SinkCall NotASink = new(SinkKind.Log, string.Empty, string.Empty, [], serializes: false);

    private static readonly Func<InvocationSinks, SinkCall?> FindLog = [MethodImpl(HotPath.Optimized)] static (InvocationSinks sinks) => LogSinks.Find(sinks._invocation, sinks._classifier, sinks._privacy);

    private static readonly Func<InvocationSinks, SinkCall?> FindVendor = [MethodImpl(HotPath.Optimized)] static (InvocationSinks sinks) => VendorSinks.Find(sinks._invocation, sinks._classifier);

    private static readonly Func<InvocationSinks, SinkCall?> FindTelemetry = [MethodImpl(HotPath.Optimized)] static (InvocationSinks sinks) => TelemetrySinks.Find(sinks._invocation, sinks._privacy.Known);

    private readonly IInvocationOperation _invocation;
    private readonly PrivacyCompilation _privacy;
    private readonly PersonalDataClassifier _classifier;
    private SinkCall? _log;
    private SinkCall? _vendor;
    private SinkCall? _telemetry;

    public InvocationSinks(IInvocationOperation invocation, PrivacyCompilation privacy)
    {
        _invocation = invocation;
        _privacy = privacy;
        _classifier = privacy.ClassifierAt(invocation);
    }

    /// <summary>The log sink the invocation is (<see cref="LogSinks"/>), or <see langword="null"/>.</summary>
    public SinkCall? Log => Get(ref _log, FindLog);

    /// <summary>The vendor sink the invocation is (<see cref="VendorSinks"/>), or <see langword="null"/>.</summary>
    public SinkCall? Vendor => Get(ref _vendor, FindVendor);

    /// <summary>The telemetry sink the invocation is (<see cref="TelemetrySinks"/>), or <see langword="null"/>.</summary>
    public SinkCall? Telemetry => Get(ref _telemetry, FindTelemetry);

    /// <summary>The log, vendor or telemetry sink the invocation is, in that order, or <see langword="null"/>.</summary>
    public SinkCall? Any => Log ?? Vendor ?? Telemetry;

    /// <summary>What <paramref name="find"/> gives for this invocation, looked up the first time only.</summary>
    [MethodImpl(HotPath.Optimized)]
    private SinkCall? Get(ref SinkCall? field, Func<InvocationSinks, SinkCall?> find)
    {
        var found = Volatile.Read(ref field);
        if (found is null)
        {
            found = find(this) ?? NotASink;
            Volatile.Write(ref field, found);
        }

        return ReferenceEquals(found, NotASink) ? null : found;
    }
}
