namespace Privacy.Kit.Consent;

/// <summary>Configuration data for one jurisdiction's calendar: days that are holidays besides the computed ones, and computed days that are not.</summary>
public sealed class CalendarDataOptions
{
    /// <summary>Extra holidays, as <c>yyyy-MM-dd</c>.</summary>
    public IList<string> Add { get; init; } = [];

    /// <summary>Computed holidays that are not holidays for calling, as <c>yyyy-MM-dd</c>.</summary>
    public IList<string> Remove { get; init; } = [];
}
