using Microsoft.Extensions.Logging;
using Privacy.Kit;
using Privacy.Kit.Consent;

namespace ContactCenter.Campaigns;

/// <summary>An outbound telemarketing campaign that only dials people the consent decision allows.</summary>
public sealed partial class OutboundCampaign(ConsentService consent, ILogger<OutboundCampaign> logger)
{
    private static readonly Caller Us = new("Example Energie B.V.");

    /// <summary>The number of calls placed.</summary>
    public int CallsPlaced { get; private set; }

    /// <summary>Calls the customer if the law and their consent allow it; returns whether the call was placed.</summary>
    public bool Dial(SubjectId subject)
    {
        var decision = consent.Decide(new ContactRequest
        {
            Subject = subject,
            Purpose = ContactPurpose.DirectMarketing,
            Channel = ContactChannel.Phone,
            Caller = Us,
        });
        LogDecision(decision.Allowed, decision.RuleSetVersion);
        if (!decision.Allowed)
        {
            return false;
        }

        PlaceCall(subject);
        return true;
    }

    [RequiresConsent("DirectMarketing")]
    private void PlaceCall(SubjectId subject)
    {
        // The dialer integration goes here; the decision above is the evidence that this call was allowed.
        _ = subject;
        CallsPlaced++;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign call allowed: {Allowed} (rules {RuleSetVersion})")]
    private partial void LogDecision(bool allowed, string ruleSetVersion);
}
