using System.Text;

namespace Privacy.Kit.Cli.Tests.Redact;

public sealed class RedactCommandTests : IDisposable
{
    private const string Note = "Bel 06-12345678 of mail jan@bakker.nl.\r\nAfspraak op 12-03-2025 om 10:30, order 98765.\n";
    private readonly string directory = Directory.CreateTempSubdirectory("privacy-kit-redact-").FullName;

    [Fact]
    public void A_file_is_written_to_standard_output_with_items_replaced_and_the_rest_unchanged()
    {
        var run = CliProcess.Run(standardInput: null, "redact", WriteFile("note.txt", Encoding.UTF8.GetBytes(Note)));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        AssertRedacted(run.Output);
    }

    [Fact]
    public void Items_are_masked_as_the_library_masks_fields_of_their_kind()
    {
        var run = CliRun.Of("redact", WriteFile("note.txt", "Bel +31 6 12345678 of mail jan@bakker.nl, IBAN NL91ABNA0417164300.\n"u8.ToArray()));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Bel +31***78 of mail j***@***.nl, IBAN NL***4300.\n", run.Output);
    }

    [Fact]
    public void Labels_replace_each_item_with_its_kind()
    {
        var run = CliRun.Of("redact", WriteFile("note.txt", Encoding.UTF8.GetBytes(Note)), "--labels");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Bel [PhoneNumber] of mail [EmailAddress].\r\nAfspraak op 12-03-2025 om 10:30, order 98765.\n", run.Output);
    }

    [Fact]
    public void Standard_input_is_read_when_no_file_is_given()
    {
        var run = CliProcess.Run(Note, "redact");

        Assert.Equal(0, run.ExitCode);
        AssertRedacted(run.Output);
    }

    [Fact]
    public void Stats_prints_the_count_per_kind_to_standard_error()
    {
        var run = CliRun.Of("redact", WriteFile("note.txt", Encoding.UTF8.GetBytes(Note)), "--stats");

        Assert.Equal(0, run.ExitCode);
        AssertRedacted(run.Output);
        Assert.Matches(@"PhoneNumber\s+1\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Matches(@"EmailAddress\s+1\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Matches(@"total\s+2\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_file_fails_with_one_line_and_no_stack_trace()
    {
        var missing = Path.Combine(directory, "missing.txt");

        var run = CliRun.Of("redact", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains(missing, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_fails_with_one_line_naming_the_offset()
    {
        var path = WriteFile("latin1.txt", [.. "caf"u8, 0xE9, .. " 06-12345678\n"u8]);

        var run = CliProcess.Run(standardInput: null, "redact", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains("not valid UTF-8", run.Error, StringComparison.Ordinal);
        Assert.Contains("offset 3", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--labels", "klant heeft [SpecialCategory] en [SpecialCategory], bel [PhoneNumber]\n")]
    [InlineData("--stats", "klant heeft  en , bel ***78\n")]
    public void Special_category_terms_from_a_file_are_found_next_to_the_built_in_ones(string mode, string expected)
    {
        var terms = WriteFile("terms.txt", "\uFEFFziekte van Crohn\r\n\r\n  Lyme  \n"u8.ToArray());
        var note = WriteFile("note.txt", "klant heeft ziekte van Crohn en diabetes, bel 06-12345678\n"u8.ToArray());

        var run = CliRun.Of("redact", note, mode, "--special-category-terms", terms);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Output);
    }

    [Theory]
    [InlineData(null, "cannot read the special-category terms file")]
    [InlineData("\n  \n", "holds no terms: write one word or phrase per line")]
    [InlineData("Lyme\n12-34\n", "The special-category term '12-34' has no letter")]
    public void A_missing_empty_or_bad_terms_file_fails_with_one_line_and_exit_code_2(string? content, string message)
    {
        var terms = content is null ? Path.Combine(directory, "missing-terms.txt") : WriteFile("terms.txt", Encoding.UTF8.GetBytes(content));

        var run = CliRun.Of("redact", WriteFile("note.txt", Encoding.UTF8.GetBytes(Note)), "--special-category-terms", terms);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains(terms, run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static void AssertRedacted(string output)
    {
        Assert.DoesNotContain("12345678", output, StringComparison.Ordinal);
        Assert.DoesNotContain("jan@bakker.nl", output, StringComparison.Ordinal);
        Assert.StartsWith("Bel ", output, StringComparison.Ordinal);
        Assert.EndsWith(".\r\nAfspraak op 12-03-2025 om 10:30, order 98765.\n", output, StringComparison.Ordinal);
    }

    private string WriteFile(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
