using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Vendors;

/// <summary>Writes a string property through its kind's redactor, without allocating for values up to 256 characters.</summary>
internal sealed class RedactingStringConverter(Redactor redactor) : JsonConverter<string>
{
    private const int StackLimit = 256;

    // Vendor options exist to send: reading a redacted value back cannot restore it, so it reads as written.
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        var length = redactor.GetRedactedLength(value);
        char[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var written = redactor.Redact(value, buffer);
            writer.WriteStringValue(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
