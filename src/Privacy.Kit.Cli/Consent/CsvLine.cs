namespace Privacy.Kit.Cli.Consent;

/// <summary>Splits one CSV line (RFC 4180: commas, fields in double quotes with doubled quotes inside).</summary>
internal static class CsvLine
{
    public static List<string> Split(string line, long number)
    {
        var fields = new List<string>();
        Split(line, number, fields);
        return fields;
    }

    public static void Split(string line, long number, List<string> fields)
    {
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var text = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new ConsentUsageException($"--calls: line {number}: a quoted field is not closed.");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    text.Append(line[i++]);
                }

                fields.Add(text.ToString());
                if (i < line.Length && line[i] != ',')
                {
                    throw new ConsentUsageException($"--calls: line {number}: text after a closing quote.");
                }
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end]);
                i = end;
            }

            if (i >= line.Length)
            {
                return;
            }

            i++;
        }
    }
}
