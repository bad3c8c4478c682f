using System.Text;
using System.Text.Json;

namespace Privacy.Kit.Cli.Scan;

/// <summary>The machine-readable report: <c>{ "findings": [...], "inventory": {...} }</c>.</summary>
internal static class JsonReport
{
    public static void Write(ScanResult result, TextWriter output)
    {
        output.Write(Render(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("findings");
            foreach (var f in result.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", f.RuleId);
                writer.WriteString("severity", f.SeverityName);
                writer.WriteString("message", f.Message);
                writer.WriteString("file", f.File);
                writer.WriteNumber("line", f.Line);
                writer.WriteNumber("column", f.Column);
                if (f.Member is not null)
                {
                    writer.WriteString("member", f.Member);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WritePropertyName("inventory");
            WriteInventory(result.Inventory, writer);
            writer.WriteEndObject();
        }));
    }

    public static void WriteInventory(PersonalDataInventory inventory, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("types");
        foreach (var type in inventory.Types)
        {
            writer.WriteStartObject();
            writer.WriteString("name", type.Name);
            writer.WriteString("file", type.File);
            writer.WriteStartArray("members");
            foreach (var member in type.Members)
            {
                writer.WriteStartObject();
                writer.WriteString("name", member.Name);
                writer.WriteBoolean("classified", member.Classified);
                WriteStrings(writer, "kinds", member.Kinds);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("vendorBoundaries");
        foreach (var boundary in inventory.VendorBoundaries)
        {
            writer.WriteStartObject();
            writer.WriteString("vendor", boundary.Vendor);
            writer.WriteString("symbol", boundary.Symbol);
            writer.WriteString("file", boundary.File);
            WriteStrings(writer, "kinds", boundary.Kinds);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("policyDisclosures");
        foreach (var disclosure in inventory.PolicyDisclosures)
        {
            writer.WriteStartObject();
            writer.WriteString("vendor", disclosure.Vendor);
            writer.WriteString("purpose", disclosure.Purpose);
            writer.WriteString("payloadType", disclosure.PayloadType);
            writer.WriteString("method", disclosure.Method);
            writer.WriteString("file", disclosure.File);
            WriteStrings(writer, "kinds", disclosure.Kinds);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("consentPurposes");
        foreach (var purpose in inventory.ConsentPurposes)
        {
            writer.WriteStartObject();
            writer.WriteString("purpose", purpose.Purpose);
            WriteStrings(writer, "methods", purpose.Methods);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string Render(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
