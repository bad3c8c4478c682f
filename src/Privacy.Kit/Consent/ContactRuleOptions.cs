namespace Privacy.Kit.Consent;

/// <summary>The data the contact rules depend on: calling hours per jurisdiction and the Belgian opt-out list.</summary>
public sealed record ContactRuleOptions
{
    /// <summary>Calling hours in the Netherlands; <see cref="CallingHours.Netherlands"/> by default.</summary>
    public CallingHours NetherlandsCallingHours { get; init; } = CallingHours.Netherlands;

    /// <summary>Calling hours in Belgium; <see cref="CallingHours.Belgium"/> by default.</summary>
    public CallingHours BelgiumCallingHours { get; init; } = CallingHours.Belgium;

    /// <summary>The Belgian "Do Not Call Me" list. Without it every Belgian marketing call that relies on opt-out is denied.</summary>
    public IDoNotCallRegister? DoNotCallMe { get; init; }
}
