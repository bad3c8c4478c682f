namespace Privacy.Kit.Text;

/// <summary>How sure the scanner is that a found item is personal data of its kind.</summary>
public enum MatchConfidence : byte
{
    /// <summary>
    /// A strong context cue but a failed check: a typo in a BSN after "BSN:", an IBAN failing mod-97 after "IBAN".
    /// Still personal data; redact it.
    /// </summary>
    Low = 1,

    /// <summary>The structure and any checksum are valid, but no context word confirms the kind.</summary>
    Medium = 2,

    /// <summary>Structure, checksum and context agree, or the syntax is unambiguous (e-mail, international phone number).</summary>
    High = 3,
}
