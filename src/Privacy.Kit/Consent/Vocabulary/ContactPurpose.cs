namespace Privacy.Kit.Consent;

/// <summary>Why an organisation contacts a person. Written as <c>service</c> and <c>direct-marketing</c>.</summary>
public enum ContactPurpose
{
    /// <summary>A service contact without promotion: an appointment, a delivery, a question about an existing contract.</summary>
    Service,

    /// <summary>Direct marketing: commercial, charitable or idealistic offers (GDPR Art. 21(2); Telecommunicatiewet art. 11.7).</summary>
    DirectMarketing,
}
