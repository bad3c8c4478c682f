using CsCheck;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Redaction;
using Privacy.Kit.Tests.Text.Corpus;
using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Redaction;

public sealed class FreeTextRedactorTests
{
    private static readonly FreeTextRedactor Redactor = new(new KindTagRedactors());

    [Fact]
    public void Each_item_is_replaced_by_its_kinds_redactor_and_the_rest_is_kept()
    {
        var redacted = Redactor.Redact("Bel 06-12345678 of mail jan@bakker.nl; BSN 111222333.\r\nDank!");

        Assert.Equal("Bel [PhoneNumber] of mail [EmailAddress]; BSN [NationalId].\r\nDank!", redacted);
    }

    [Fact]
    public void Redacting_a_string_scans_it_once_measuring_and_writing_included()
    {
        var tags = new KindTagRedactors();

        var redacted = new FreeTextRedactor(tags).Redact("Bel 06-12345678 of mail jan@bakker.nl");

        Assert.Equal("Bel [PhoneNumber] of mail [EmailAddress]", redacted);
        Assert.Equal(2, tags.Redactions);
    }

    [Fact]
    public void A_reused_buffer_holding_another_note_is_not_given_the_measured_notes_output()
    {
        var buffer = "Bel 06-12345678 nu".ToCharArray();
        Assert.Equal(buffer.Length, "Bel ons om 12 uur!".Length);
        Redactor.GetRedactedLength(buffer);
        "Bel ons om 12 uur!".CopyTo(buffer);
        var destination = new char[64];

        var written = Redactor.Redact(buffer, destination);

        Assert.Equal("Bel ons om 12 uur!", new string(destination, 0, written));
    }

    [Fact]
    public void Text_without_personal_data_is_returned_unchanged()
    {
        const string Note = "Klant belde om 10:30 over order 98765, bedrag € 45,00.";

        Assert.Equal(Note, Redactor.Redact(Note));
        Assert.Equal(Note.Length, Redactor.GetRedactedLength(Note));
    }

    [Fact]
    public void Redacted_length_is_exact_and_no_item_survives_on_any_corpus_note()
    {
        var notes = new ContactCenterCorpus(seed: 7).Notes(300);
        Gen.Int[0, notes.Count - 1].Sample(i =>
        {
            var note = notes[i];
            var destination = new char[Redactor.GetRedactedLength(note.Text)];

            var written = Redactor.Redact(note.Text, destination);

            Assert.Equal(destination.Length, written);
            var output = new string(destination);
            foreach (var item in note.Items)
            {
                Assert.DoesNotContain(note.Text.Substring(item.Start, item.Length), output, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Redacting_any_text_never_throws_and_fills_exactly_the_reported_length()
    {
        Gen.String[Gen.Char["0123456789 +@:.-/()abcNLBSNAZaz\n,'\uD83D\uDC26"], 0, 300].Sample(text =>
        {
            var destination = new char[Redactor.GetRedactedLength(text)];

            Assert.Equal(destination.Length, Redactor.Redact(text, destination));
        });
    }

    [Fact]
    public void A_special_category_term_a_user_adds_is_found_whole_in_any_case_and_the_built_in_terms_still_are()
    {
        var withTerms = Redactor.WithSpecialCategoryTerms(["ziekte van Crohn", " Lyme "]);

        Assert.Equal(
            "klant heeft de [SpecialCategory], geen [SpecialCategory]; wel [SpecialCategory]. Lymestraat 4",
            withTerms.Redact("klant heeft de Ziekte van Crohn, geen LYME; wel diabetes. Lymestraat 4"));
        Assert.Equal(["ziekte van Crohn", "Lyme"], withTerms.SpecialCategoryTerms);
        Assert.Equal("klant heeft de Ziekte van Crohn", Redactor.Redact("klant heeft de Ziekte van Crohn"));
    }

    [Fact]
    public void Terms_added_again_keep_the_ones_added_before()
    {
        var withTerms = Redactor.WithSpecialCategoryTerms(["Lyme"]).WithSpecialCategoryTerms(["Crohn"]);

        Assert.Equal("[SpecialCategory] en [SpecialCategory]", withTerms.Redact("Lyme en Crohn"));
    }

    [Fact]
    public void A_stream_finds_the_added_terms_like_a_string_does()
    {
        var withTerms = new FreeTextRedactor(new KindTagRedactors()) { SegmentLength = 16, Parallelism = 2 }.WithSpecialCategoryTerms(["ziekte van Crohn"]);
        var note = string.Concat(Enumerable.Repeat("klant heeft de ziekte van Crohn, bel 06-12345678\n", 20));
        using var output = new StringWriter();

        var counts = withTerms.Redact(new StringReader(note), output);

        Assert.Equal(withTerms.Redact(note), output.ToString());
        Assert.Equal(20, counts[PersonalDataKind.SpecialCategory]);
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("   ", "is empty")]
    [InlineData("12-34", "has no letter")]
    [InlineData("a term of more than one hundred characters, which is no word or phrase a note would hold about a person at all", "has 110 characters")]
    public void A_term_the_scanner_cannot_look_for_is_refused_naming_it(string term, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => Redactor.WithSpecialCategoryTerms(["Lyme", term]));

        Assert.StartsWith($"The special-category term '{term}' {problem}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redacting_a_note_without_personal_data_allocates_nothing_with_added_terms_too()
    {
        const string Note = "Klant belde om 10:30 over order 98765, bedrag € 45,00; afspraak op 12-03-2025. Gesproken met de klant.";
        var withTerms = Redactor.WithSpecialCategoryTerms(["ziekte van Crohn", "Lyme"]);
        var destination = new char[Note.Length];
        withTerms.Redact(Note, destination);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var written = withTerms.Redact(Note, destination);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Note.Length, written);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_null_provider_is_rejected()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new FreeTextRedactor((IRedactorProvider)null!));

        Assert.Equal("kindRedactors", error.ParamName);
    }
}
