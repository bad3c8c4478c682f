using ContactCenter.Calls;
using Privacy.Kit.Vendors;

namespace ContactCenter.Crm;

/// <summary>Exports handled calls to the CRM under its data-sharing policy, recording every disclosure.</summary>
public sealed class CrmExport(VendorSharing sharing, ICrmClient crm)
{
    /// <summary>The vendor name in the policies.</summary>
    public const string Vendor = "AcmeCrm";

    /// <summary>The purpose the CRM receives call records for.</summary>
    public const string Purpose = "CustomerService";

    /// <summary>Sends the calls; the CRM gets names, customer ids and masked phone numbers, never notes or addresses.</summary>
    public async Task ExportAsync(IReadOnlyList<CallRecord> calls, CancellationToken cancellationToken)
    {
        var subjects = calls.Select(c => c.CallId).ToArray();
        var json = await sharing.DiscloseAsync(Vendor, Purpose, calls, subjects, cancellationToken: cancellationToken);
        await crm.UploadAsync(json, cancellationToken);
    }
}
