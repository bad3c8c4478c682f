using System.Runtime.CompilerServices;

namespace Privacy.Kit.Text;

/// <summary>A fixed buffer of matches carried inside an enumerator, so enumerating allocates nothing.</summary>
[InlineArray(Capacity)]
internal struct MatchBatch
{
    /// <summary>How many matches one scan call fills before the enumerator continues from the last one.</summary>
    public const int Capacity = 16;

    private PersonalDataMatch first;
}
