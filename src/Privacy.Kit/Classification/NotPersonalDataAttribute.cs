namespace Privacy.Kit;

/// <summary>
/// States explicitly that a member is not personal data, although its name may suggest so (a <c>SupportEmail</c> of the
/// organisation, a <c>PhoneNumberFormat</c>). Silences the name heuristics of the analyzers and the vendor payload filter.
/// </summary>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class NotPersonalDataAttribute : Attribute
{
    /// <summary>Why the member is not personal data, for the reviewer and the audit.</summary>
    public string? Justification { get; set; }
}
