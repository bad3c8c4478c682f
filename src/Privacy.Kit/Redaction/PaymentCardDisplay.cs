namespace Privacy.Kit;

/// <summary>How much of a payment card number the redactor keeps; PCI DSS allows at most the first six and last four digits.</summary>
public enum PaymentCardDisplay
{
    /// <summary>Only the last four digits: <c>***1111</c>. The default.</summary>
    LastFour,

    /// <summary>The first six (the issuer's BIN) and the last four digits: <c>411111***1111</c>.</summary>
    FirstSixLastFour,
}
