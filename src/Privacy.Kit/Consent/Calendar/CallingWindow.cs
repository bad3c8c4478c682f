namespace Privacy.Kit.Consent;

/// <summary>The hours of one day in which marketing calls may be made, in the jurisdiction's local time.</summary>
/// <param name="From">The first moment calls may start.</param>
/// <param name="Until">The moment calls must stop (exclusive).</param>
public readonly record struct CallingWindow(TimeOnly From, TimeOnly Until);
