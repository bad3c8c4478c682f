using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks a payment card number (PCI DSS cardholder data). Named <c>PaymentCard</c> so it never collides with <c>System.ComponentModel.DataAnnotations.CreditCardAttribute</c>.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.PaymentCard"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class PaymentCardAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="PaymentCardAttribute"/> class.</summary>
    public PaymentCardAttribute()
        : base(PrivacyTaxonomy.PaymentCard)
    {
    }
}
