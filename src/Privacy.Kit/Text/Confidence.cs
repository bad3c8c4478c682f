namespace Privacy.Kit.Text;

/// <summary>The one rule for rating a checksummed candidate, shared by every identifier kind.</summary>
internal static class Confidence
{
    /// <summary>
    /// A valid checksum with a cue or a telling layout is <see cref="MatchConfidence.High"/>, a valid one alone
    /// <see cref="MatchConfidence.Medium"/>; a failed checksum counts only with a cue (<see cref="MatchConfidence.Low"/>);
    /// otherwise 0: not an item.
    /// </summary>
    public static MatchConfidence Of(bool valid, bool cued, bool corroborated) => (valid, cued || corroborated) switch
    {
        (true, true) => MatchConfidence.High,
        (true, false) => MatchConfidence.Medium,
        _ => cued ? MatchConfidence.Low : 0,
    };
}
