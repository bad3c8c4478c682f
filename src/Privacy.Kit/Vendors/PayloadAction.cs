namespace Privacy.Kit.Vendors;

/// <summary>What a vendor payload does with a property; ordered from strictest to most permissive.</summary>
internal enum PayloadAction
{
    Omit = 0,
    Redact = 1,
    Send = 2,
}
