namespace Privacy.Kit;

/// <summary>
/// Marks a method that contacts a person for a purpose (a call, SMS or e-mail). Callers must first ask a
/// <see cref="ConsentCheckAttribute"/> method whether that contact is allowed and act on its answer.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, AllowMultiple = true, Inherited = true)]
public sealed class RequiresConsentAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="RequiresConsentAttribute"/> class.</summary>
    /// <param name="purpose">The purpose of the contact, for example <c>direct-marketing</c> or <c>service</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> is null, empty or white space.</exception>
    public RequiresConsentAttribute(string purpose)
    {
        if (string.IsNullOrWhiteSpace(purpose))
        {
            throw new ArgumentException("A consent purpose such as 'direct-marketing' is required.", nameof(purpose));
        }

        Purpose = purpose;
    }

    /// <summary>The purpose of the contact.</summary>
    public string Purpose { get; }
}
