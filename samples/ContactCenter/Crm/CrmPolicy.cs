using Privacy.Kit.Vendors;

namespace ContactCenter.Crm;

/// <summary>The data processing agreement with the CRM vendor, as code.</summary>
public static class CrmPolicy
{
    /// <summary>Creates the policy: customer service only, in the EEA, names and ids in the clear, phone numbers masked.</summary>
    public static VendorPolicy Create()
    {
        var policy = new VendorPolicy
        {
            LegalEntity = "Acme CRM B.V.",
            Role = VendorRole.Processor,
            Retention = TimeSpan.FromDays(365),
        };
        policy.Countries.Add("NL");
        var customerService = new VendorPurposePolicy();
        customerService.Allow.Add("PersonalData");
        customerService.Allow.Add("PersonName");
        customerService.Redact.Add("PhoneNumber");
        policy.Purposes[CrmExport.Purpose] = customerService;
        return policy;
    }
}
