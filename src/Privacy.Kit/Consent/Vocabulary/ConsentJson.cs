using System.Text;
using System.Text.Json;

namespace Privacy.Kit.Consent;

/// <summary>Reading and writing the optional fields of stored events, one way everywhere.</summary>
internal static class ConsentJson
{
    public static string Indented(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } moment)
        {
            writer.WriteString(name, moment);
        }
    }

    public static string? OptionalString(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    public static string RequiredString(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.GetString() is { } text ? text : throw Missing(name);

    public static DateTimeOffset? OptionalMoment(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetDateTimeOffset() : null;

    public static DateTimeOffset RequiredMoment(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetDateTimeOffset() : throw Missing(name);

    public static bool RequiredBoolean(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetBoolean() : throw Missing(name);

    public static ContactPurpose Purpose(this JsonElement element) =>
        ConsentVocabulary.TryParse(element.RequiredString("purpose"), out ContactPurpose purpose) ? purpose : throw Unknown("purpose");

    public static ContactChannel Channel(this JsonElement element) =>
        ConsentVocabulary.TryParse(element.RequiredString("channel"), out ContactChannel channel) ? channel : throw Unknown("channel");

    public static FormatException Missing(string name) => new($"The stored event has no '{name}'.");

    public static FormatException Unknown(string name) => new($"The stored event has an unknown '{name}'.");
}
