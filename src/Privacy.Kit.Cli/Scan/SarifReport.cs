using System.Reflection;

namespace Privacy.Kit.Cli.Scan;

/// <summary>The findings as SARIF 2.1.0, for code-scanning dashboards; the inventory rides along in the run properties.</summary>
internal static class SarifReport
{
    public static void Write(ScanResult result, TextWriter output)
    {
        output.Write(JsonReport.Render(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "privacy-kit");
            writer.WriteString("version", typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
            writer.WriteStartArray("rules");
            foreach (var rule in result.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var first = rule.First();
                writer.WriteStartObject();
                writer.WriteString("id", rule.Key);
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", first.Title);
                writer.WriteEndObject();
                if (first.HelpUri is not null)
                {
                    writer.WriteString("helpUri", first.HelpUri);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach (var f in result.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", f.RuleId);
                writer.WriteString("level", f.SeverityName == "info" ? "note" : f.SeverityName);
                writer.WriteStartObject("message");
                writer.WriteString("text", f.Message);
                writer.WriteEndObject();
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                writer.WriteStartObject("physicalLocation");
                writer.WriteStartObject("artifactLocation");
                writer.WriteString("uri", f.File);
                writer.WriteEndObject();
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", f.Line);
                writer.WriteNumber("startColumn", f.Column);
                writer.WriteNumber("endLine", f.EndLine);
                writer.WriteNumber("endColumn", f.EndColumn);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                if (f.Fingerprint is not null)
                {
                    writer.WriteStartObject("partialFingerprints");
                    writer.WriteString("privacyKit/v1", f.Fingerprint);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            writer.WritePropertyName("inventory");
            JsonReport.WriteInventory(result.Inventory, writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }
}
