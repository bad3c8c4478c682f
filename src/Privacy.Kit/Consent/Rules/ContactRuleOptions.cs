namespace Privacy.Kit.Consent;

/// <summary>The data the contact rules depend on: calling hours per jurisdiction and the Belgian opt-out list.</summary>
public sealed record ContactRuleOptions
{
    /// <summary>Calling hours in the Netherlands; <see cref="CallingHours.Netherlands"/> by default.</summary>
    public CallingHours NetherlandsCallingHours
    {
        get;
        init
        {
            field = value ?? throw new ArgumentNullException(nameof(value));
            NetherlandsVersion = ContactRules.NetherlandsVersion + "/" + value.Version;
        }
    }

    = CallingHours.Netherlands;

    /// <summary>Calling hours in Belgium; <see cref="CallingHours.Belgium"/> by default.</summary>
    public CallingHours BelgiumCallingHours
    {
        get;
        init
        {
            field = value ?? throw new ArgumentNullException(nameof(value));
            BelgiumVersion = ContactRules.BelgiumVersion + "/" + value.Version;
        }
    }

    = CallingHours.Belgium;

    /// <summary>The Belgian "Do Not Call Me" list. Without it every Belgian marketing call that relies on opt-out is denied.</summary>
    public IDoNotCallRegister? DoNotCallMe { get; init; }

    /// <summary>The rule-set version of Dutch decisions: the rules' version and the calling hours' version.</summary>
    internal string NetherlandsVersion { get; private init; } = ContactRules.NetherlandsVersion + "/" + CallingHours.Netherlands.Version;

    /// <summary>The rule-set version of Belgian decisions.</summary>
    internal string BelgiumVersion { get; private init; } = ContactRules.BelgiumVersion + "/" + CallingHours.Belgium.Version;
}
