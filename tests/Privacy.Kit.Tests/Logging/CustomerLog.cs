using Microsoft.Extensions.Logging;

namespace Privacy.Kit.Tests.Logging;

/// <summary>Logging the way a contact-center service does: classified parameters and a classified object.</summary>
internal static partial class CustomerLog
{
    [LoggerMessage(1, LogLevel.Information, "Customer {email} called from {phone}")]
    public static partial void CustomerCalled(ILogger logger, [Email] string email, [PhoneNumber] string phone);

    [LoggerMessage(2, LogLevel.Information, "Customer updated")]
    public static partial void CustomerUpdated(ILogger logger, [LogProperties] Customer customer);

    [LoggerMessage(3, LogLevel.Information, "Payment by {card} for {customerId}")]
    public static partial void PaymentTaken(ILogger logger, [PaymentCard] string card, [PersonalData] string customerId);

    [LoggerMessage(4, LogLevel.Information, "Diagnosis {diagnosis}")]
    public static partial void DiagnosisRecorded(ILogger logger, [SensitivePersonalData] string diagnosis);
}
