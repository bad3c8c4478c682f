namespace Privacy.Kit.Tests.Text.PeerText;

/// <summary>One case of the peers' test data (<c>shared/peer-text/cases.jsonl</c>), spans converted to UTF-16 indices.</summary>
/// <param name="Id">The case number.</param>
/// <param name="Source">The project the case comes from.</param>
/// <param name="Kind">The kind the case is about, <c>unsupported</c> or <c>mixed</c>.</param>
/// <param name="Text">The text to scan.</param>
/// <param name="Expected">The expected items; <see langword="null"/> for a negative.</param>
/// <param name="Scope"><c>claimed</c> or <c>outside</c>.</param>
/// <param name="Form"><c>peer</c>, <c>bare</c> or <c>wrapped</c>.</param>
/// <param name="Policy">Why a negative may be masked on purpose, or <see langword="null"/>.</param>
/// <param name="Note">The peer's test or file.</param>
internal sealed record PeerTextCase(
    int Id,
    string Source,
    string Kind,
    string Text,
    IReadOnlyList<PeerTextSpan>? Expected,
    string Scope,
    string Form,
    string? Policy,
    string Note);
