using Privacy.Kit;

namespace ContactCenter.Crm;

/// <summary>The CRM vendor's API: everything passed here leaves the organisation.</summary>
[VendorBoundary("AcmeCrm")]
public interface ICrmClient
{
    /// <summary>Uploads call records, already filtered by the vendor's data-sharing policy.</summary>
    Task UploadAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken);
}
