namespace Privacy.Kit.Consent;

/// <summary>An objection statement found in a transcript or chat.</summary>
/// <param name="Start">Where the statement starts in the text.</param>
/// <param name="Length">How many characters it spans.</param>
/// <param name="Language">The language of the phrase that matched: <c>nl</c> or <c>en</c>.</param>
/// <param name="Phrase">The phrase family that matched, for example <c>bel me niet meer</c> or <c>remove me from your list</c>.</param>
public readonly record struct ObjectionSignal(int Start, int Length, string Language, string Phrase);
