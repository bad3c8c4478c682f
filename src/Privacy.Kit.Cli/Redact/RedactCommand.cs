using System.CommandLine;
using Privacy.Kit.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Cli.Redact;

/// <summary>
/// <c>privacy-kit redact [FILE] [--stats] [--labels] [--special-category-terms TERMS-FILE]</c>: copies FILE (or standard
/// input) to standard output with every personal-data item the scanner finds replaced by its kind's default redactor,
/// the one <c>AddPrivacyKit()</c> registers (or by its kind label). Exit codes (<see cref="ExitCodes"/>): 0 done, 2 a
/// file cannot be read, the terms file holds no usable terms, the output cannot be written or the input is not valid
/// UTF-8 (the output then holds the text up to that point).
/// </summary>
internal static class RedactCommand
{
    private const string Name = "redact";

    public static Command Create()
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The UTF-8 text to redact; standard input when omitted.",
        };
        var stats = new Option<bool>("--stats") { Description = "Print the number of items replaced per kind to standard error." };
        var labels = new Option<bool>("--labels")
        {
            Description = "Replace each item with its kind in brackets ([PhoneNumber]) instead of masking it as the library does (+31***78).",
        };
        var terms = new Option<FileInfo?>("--special-category-terms")
        {
            HelpName = "TERMS-FILE",
            Description = "Also find and erase these special-category terms (GDPR Art. 9: a clinic, a union, a condition): a UTF-8 file, one word or phrase per line; blank lines are skipped.",
        };
        var command = new Command(
            Name,
            "Write the text to standard output with every detected personal-data item replaced (" + KindList() + "); everything else byte-for-byte unchanged.")
        {
            file,
            stats,
            labels,
            terms,
        };
        command.SetAction(parseResult =>
        {
            var redactor = parseResult.GetValue(labels) ? new FreeTextRedactor(new KindLabelRedactors()) : FreeTextRedactor.Default;
            return parseResult.GetValue(terms) is { } termsFile && !TryAddTerms(ref redactor, termsFile, out var problem)
                ? CliError.Write(parseResult.InvocationConfiguration.Error, Name, problem)
                : Run(parseResult, parseResult.GetValue(file), parseResult.GetValue(stats), redactor);
        });
        return command;
    }

    private static bool TryAddTerms(ref FreeTextRedactor redactor, FileInfo file, out string problem)
    {
        List<string> terms = [];
        try
        {
            foreach (var line in File.ReadLines(file.FullName))
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    terms.Add(line);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read the special-category terms file '{file.FullName}': {e.Message}";
            return false;
        }

        if (terms.Count == 0)
        {
            problem = $"the special-category terms file '{file.FullName}' holds no terms: write one word or phrase per line";
            return false;
        }

        try
        {
            redactor = redactor.WithSpecialCategoryTerms(terms);
            problem = string.Empty;
            return true;
        }
        catch (ArgumentException e)
        {
            problem = $"'{file.FullName}': {e.Message}";
            return false;
        }
    }

    private static int Run(ParseResult parseResult, FileInfo? file, bool stats, FreeTextRedactor redactor)
    {
        var error = parseResult.InvocationConfiguration.Error;
        var output = parseResult.InvocationConfiguration.Output;
        Stream input;
        try
        {
            input = file is null ? Console.OpenStandardInput() : file.OpenRead();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CliError.Write(error, Name, $"cannot read '{file!.FullName}': {e.Message}");
        }

        try
        {
            using (input)
            using (var destination = ReferenceEquals(output, Console.Out) ? Console.OpenStandardOutput() : new TextWriterStream(output))
            {
                var counts = redactor.RedactUtf8(input, destination);
                if (stats)
                {
                    counts.WriteTo(error);
                }
            }

            return ExitCodes.Ok;
        }
        catch (InvalidUtf8Exception e)
        {
            return CliError.Write(error, Name, $"the input is not valid UTF-8 (first invalid byte at offset {e.ByteOffset}); convert it to UTF-8 first, for example with iconv -f latin1 -t utf-8");
        }
        catch (IOException e)
        {
            return CliError.Write(error, Name, $"input/output error: {e.Message}");
        }
    }

    private static string KindList() => string.Join(", ", PersonalDataScanner.Kinds);
}
