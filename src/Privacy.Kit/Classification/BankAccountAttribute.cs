using Microsoft.Extensions.Compliance.Classification;

namespace Privacy.Kit;

/// <summary>Marks a bank account number such as an IBAN.</summary>
/// <remarks>Carries <see cref="PrivacyTaxonomy.BankAccount"/>; use <see cref="DataClassificationAttribute.Notes"/> to explain the data for the audit.</remarks>
[AttributeUsage(PrivacyAttributeTargets.Data, AllowMultiple = false)]
public sealed class BankAccountAttribute : DataClassificationAttribute
{
    /// <summary>Initializes a new instance of the <see cref="BankAccountAttribute"/> class.</summary>
    public BankAccountAttribute()
        : base(PrivacyTaxonomy.BankAccount)
    {
    }
}
