using System.Text;

namespace ContactCenter.Crm;

/// <summary>Stands in for the CRM's HTTP API: prints what would be sent.</summary>
public sealed class ConsoleCrmClient(TextWriter output) : ICrmClient
{
    /// <inheritdoc />
    public Task UploadAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        output.WriteLineAsync(Encoding.UTF8.GetString(json.Span));
}
