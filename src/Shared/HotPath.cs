using System.Runtime.CompilerServices;

namespace Privacy.Kit;

/// <summary>
/// The JIT option of the methods most analyzer callbacks run through (classification, the name heuristics, the flow's
/// trace, the sink lookups): compiled fully optimised on their first call (<c>MethodImplOptions.AggressiveOptimization</c>).
/// Linked into the analyzers and the library, which share the name heuristics.
/// </summary>
/// <remarks>
/// The compiler's process JIT-compiles an analyzer at the first tier and, busy re-compiling its own hot code, does not
/// get round to tiering the analyzer up: in a perf map of a build of the 1,000-file benchmark project none of the
/// analyzer's 440 compiled methods reached tier 1, so every callback ran unoptimised (partly instrumented) code to the
/// end of the build. Marked this way the hot methods cut the rules' callback time by about a tenth
/// (benchmarks/analyzers/callback-clock.sh). netstandard2.0 has no name for the option, hence its value. A runtime that
/// does not know the bit (.NET Framework, under Visual Studio's in-process compiler) is expected to ignore it, as the
/// runtime's owners say of unknown implementation flags; not run on one (benchmarks/README.md).
/// </remarks>
internal static class HotPath
{
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
