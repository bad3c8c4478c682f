using System.Text;
using Privacy.Kit;

namespace ContactCenter.Calls;

/// <summary>What an agent wrote down during a call.</summary>
public sealed record CallNote([property: FreeText] string Text, [property: NotPersonalData] string AgentId, DateTimeOffset At)
{
    // The note text may hold anything the caller said: only the agent and the time are printed.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AgentId = ").Append(AgentId).Append(", At = ").Append(At.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
