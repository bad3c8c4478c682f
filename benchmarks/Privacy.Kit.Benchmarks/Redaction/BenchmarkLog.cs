using Microsoft.Extensions.Logging;

namespace Privacy.Kit.Benchmarks.Redaction;

internal static partial class BenchmarkLog
{
    [LoggerMessage(1, LogLevel.Information, "Customer called from {phone}")]
    public static partial void CustomerCalled(ILogger logger, [PhoneNumber] string phone);
}
