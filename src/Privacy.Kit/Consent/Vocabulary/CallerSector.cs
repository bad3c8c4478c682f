namespace Privacy.Kit.Consent;

/// <summary>
/// The sector of the calling organisation. In the Netherlands the customer-relationship exception for telephone
/// marketing ends on 2026-07-01 for commercial callers only. Written as <c>commercial</c>, <c>charity</c>,
/// <c>charity-lottery</c> and <c>press</c>.
/// </summary>
public enum CallerSector
{
    /// <summary>A company selling its products or services.</summary>
    Commercial,

    /// <summary>A charity (goed doel).</summary>
    Charity,

    /// <summary>A charity lottery (goededoelenloterij).</summary>
    CharityLottery,

    /// <summary>A publisher of newspapers or magazines.</summary>
    Press,
}
