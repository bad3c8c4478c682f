namespace Privacy.Kit.Tests.Text.PeerText;

/// <summary>A fact that is skipped, with the reason, when the peers' test data is not beside the clone.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PeerTextFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance; sets <see cref="FactAttribute.Skip"/> when <c>shared/peer-text/cases.jsonl</c> is absent.</summary>
    public PeerTextFactAttribute()
    {
        if (PeerTextCases.Path is null)
        {
            Skip = "shared/peer-text/cases.jsonl is not beside the clone (set PEER_TEXT_CASES to its path)";
        }
    }
}
