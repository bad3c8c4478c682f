namespace Privacy.Kit.Text;

/// <summary>One personal-data item found in a text: where it is, what it is and how sure the scanner is.</summary>
/// <param name="Start">The index of the item's first character in the scanned text.</param>
/// <param name="Length">The number of characters the item spans, separators included.</param>
/// <param name="Kind">The kind of personal data.</param>
/// <param name="Confidence">How sure the scanner is.</param>
public readonly record struct PersonalDataMatch(int Start, int Length, PersonalDataKind Kind, MatchConfidence Confidence)
{
    /// <summary>Gets the index just past the item's last character.</summary>
    public int End => Start + Length;
}
