using System.Globalization;
using System.Text.Json;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Cli.Consent;

/// <summary>
/// <c>consent audit --calls CALLS.csv</c>: the decision for every call a contact center placed, at its time, from the
/// ledger as it stood then. Columns <c>time</c> and <c>subject</c> are required; <c>purpose</c>, <c>channel</c>,
/// <c>jurisdiction</c>, <c>caller_sector</c> and <c>legal_entity</c> are optional with the defaults of <c>check</c>.
/// </summary>
internal static class AuditCommand
{
    private static readonly string[] Columns = ["time", "subject", "purpose", "channel", "jurisdiction", "caller_sector", "legal_entity"];

    public static int Run(string callsPath, string region, SubjectIdKind? kind, ConsentLedger ledger, SubjectPseudonymizer pseudonymizer, ContactRuleOptions options, bool text, TextWriter output)
    {
        using var reader = new StreamReader(callsPath);
        var header = reader.ReadLine() ?? throw new ConsentUsageException($"--calls: '{callsPath}' is empty; it needs a header line.");
        var index = HeaderIndex(CsvLine.Split(header, 1));
        var audit = new CallAudit(ledger, pseudonymizer, options);
        var violations = new List<(long Line, string Time, SubjectPseudonym Subject, IReadOnlyList<DenialReason> Reasons)>();
        long calls = 0, allowed = 0, line = 1;
        var fields = new List<string>();
        var entities = new Dictionary<(string, CallerSector), Caller>();

        // A call list names the same people again and again: canonicalise each written form once.
        var subjects = new Dictionary<string, SubjectId>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } row)
        {
            line++;
            if (row.Length == 0)
            {
                continue;
            }

            fields.Clear();
            CsvLine.Split(row, line, fields);
            var request = Request(fields, index, line, region, kind, entities, subjects);
            var decision = audit.Decide(request);
            calls++;
            if (decision.Allowed)
            {
                allowed++;
            }
            else
            {
                violations.Add((line, fields[index[0]], decision.Subject, decision.Reasons));
            }
        }

        if (text)
        {
            foreach (var (number, time, subject, reasons) in violations)
            {
                output.WriteLine($"line {number}: {time} subject {subject}: not allowed ({string.Join(", ", reasons.Select(ContactRuleCatalog.Code))})");
            }

            output.WriteLine($"{calls} calls, {allowed} allowed, {violations.Count} not allowed");
        }
        else
        {
            output.WriteLine(Json(calls, allowed, violations));
        }

        return violations.Count == 0 ? ExitCodes.Ok : ExitCodes.Finding;
    }

    private static string Json(long calls, long allowed, List<(long Line, string Time, SubjectPseudonym Subject, IReadOnlyList<DenialReason> Reasons)> violations)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("calls", calls);
            writer.WriteNumber("allowed", allowed);
            writer.WriteStartArray("violations");
            foreach (var (line, time, subject, reasons) in violations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", line);
                writer.WriteString("time", time);
                writer.WriteString("subject", subject.ToString());
                writer.WriteStartArray("reasons");
                foreach (var reason in reasons)
                {
                    writer.WriteStringValue(ContactRuleCatalog.Code(reason));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static int[] HeaderIndex(List<string> header)
    {
        var index = new int[Columns.Length];
        for (var c = 0; c < Columns.Length; c++)
        {
            index[c] = header.FindIndex(h => string.Equals(h.Trim(), Columns[c], StringComparison.OrdinalIgnoreCase));
            if (c < 2 && index[c] < 0)
            {
                throw new ConsentUsageException($"--calls: line 1: the header has no '{Columns[c]}' column (required: time, subject).");
            }
        }

        return index;
    }

    private static ContactRequest Request(
        List<string> fields, int[] index, long line, string region, SubjectIdKind? kind, Dictionary<(string, CallerSector), Caller> callers, Dictionary<string, SubjectId> subjects)
    {
        string? Field(int column) => index[column] >= 0 && index[column] < fields.Count && fields[index[column]].Trim() is { Length: > 0 } value ? value : null;
        ConsentUsageException Bad(string what) => new($"--calls: line {line}: {what}.");

        var timeText = Field(0) ?? throw Bad("the time is missing");
        if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) || !HasOffset(timeText))
        {
            throw Bad($"'{timeText}' is not an ISO 8601 time with an offset, for example 2026-07-01T10:00:00+02:00");
        }

        var written = Field(1) ?? throw Bad("the subject is missing");
        if (!subjects.TryGetValue(written, out var subject))
        {
            try
            {
                subject = SubjectId.Parse(written, region, kind);
            }
            catch (FormatException e)
            {
                throw Bad("subject: " + e.Message.TrimEnd('.'));
            }

            subjects.Add(written, subject);
        }

        var sector = Term(Field(5), CallerSector.Commercial, ConsentVocabulary.TryParse, "caller_sector", Bad);
        var entity = Field(6) ?? ConsentOptions.DefaultLegalEntity;
        if (!callers.TryGetValue((entity, sector), out var caller))
        {
            caller = new Caller(entity, sector);
            callers.Add((entity, sector), caller);
        }

        return new ContactRequest
        {
            Subject = subject,
            At = at,
            Purpose = Term(Field(2), ContactPurpose.DirectMarketing, ConsentVocabulary.TryParse, "purpose", Bad),
            Channel = Term(Field(3), ContactChannel.Phone, ConsentVocabulary.TryParse, "channel", Bad),
            Jurisdiction = Term(Field(4), Jurisdiction.Netherlands, ConsentVocabulary.TryParse, "jurisdiction", Bad),
            Caller = caller,
        };
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static T Term<T>(string? text, T fallback, ConsentOptions.TryParse<T> parse, string column, Func<string, ConsentUsageException> bad)
        where T : struct, Enum =>
        text is null ? fallback
        : parse(text, out var value) ? value
        : throw bad($"{column}: unknown value '{text}'; expected {ConsentVocabulary.Names<T>()}");
}
