using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// One write to a local or parameter inside a member: the value written (<see langword="null"/> when unknown, as
/// for an <c>out</c> argument), where it ends, and, for a plain assignment, the block it always runs in.
/// </summary>
internal sealed class VariableWrite(IOperation? value, int end, SyntaxNode? killScope, SyntaxNode? loop)
{
    /// <summary>The outermost loop the write runs in: a reference earlier in that loop sees it on the next pass.</summary>
    public SyntaxNode? Loop { get; } = loop;

    public IOperation? Value { get; } = value;

    /// <summary>Where the write is complete: only references after it see it.</summary>
    public int End { get; } = end;

    /// <summary>
    /// The block in which the write replaces the previous value on every path (a plain assignment outside any branch);
    /// <see langword="null"/> when it only adds to the value (<c>+=</c>, <c>Append</c>) or runs conditionally.
    /// </summary>
    public SyntaxNode? KillScope { get; } = killScope;

    /// <summary>Whether this write replaces the value seen by a reference at <paramref name="reference"/>.</summary>
    public bool Replaces(SyntaxNode reference) =>
        KillScope is not null && KillScope.SyntaxTree == reference.SyntaxTree && KillScope.Span.Contains(reference.Span);
}
