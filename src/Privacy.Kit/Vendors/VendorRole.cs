namespace Privacy.Kit.Vendors;

/// <summary>The role a vendor plays under its data processing agreement (GDPR Art. 28).</summary>
public enum VendorRole
{
    /// <summary>Not set: a policy without a role is invalid.</summary>
    Unspecified = 0,

    /// <summary>A processor that processes personal data on behalf of the organisation.</summary>
    Processor,

    /// <summary>A sub-processor engaged by a processor (GDPR Art. 28(2) and (4)).</summary>
    SubProcessor,
}
