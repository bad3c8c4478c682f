namespace Privacy.Kit;

/// <summary>How one kind of personal data is redacted, set per kind in <see cref="PrivacyKitRedactionOptions.Overrides"/>.</summary>
public enum RedactionMode
{
    /// <summary>The kind's own redactor: masking for names, e-mail addresses, numbers and the like (see the README).</summary>
    Default,

    /// <summary>Nothing of the value is written.</summary>
    Erase,

    /// <summary>A keyed HMAC-SHA256 pseudonym; needs <see cref="PrivacyKitRedactionOptions.PseudonymizationKey"/>.</summary>
    Pseudonymize,
}
