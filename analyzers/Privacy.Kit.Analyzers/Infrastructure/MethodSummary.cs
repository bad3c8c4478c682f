namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// What a method's return value carries, from its body: the kinds of personal data it reads itself (a member it
/// returns) and the parameters whose values reach the result. A helper that only takes personal data as an argument
/// (a path built from a database context, a translation keyed by an id) has an empty summary.
/// </summary>
internal sealed class MethodSummary(IReadOnlyList<string> ownKinds, IReadOnlyList<ParameterFlow> parameters)
{
    public static MethodSummary Empty { get; } = new([], []);

    /// <summary>The kinds of the personal data the body reads and returns itself.</summary>
    public IReadOnlyList<string> OwnKinds { get; } = ownKinds;

    /// <summary>The parameters that reach the return value.</summary>
    public IReadOnlyList<ParameterFlow> Parameters { get; } = parameters;
}
