using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Privacy.Kit.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Redaction;

public sealed class FreeTextRegistrationTests
{
    private static IRedactorProvider Provider(Action<PrivacyKitRedactionOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddRedaction(redaction => redaction.AddPrivacyKit(configure ?? (_ => { })));
        return services.BuildServiceProvider().GetRequiredService<IRedactorProvider>();
    }

    private static string Redact(IRedactorProvider provider, DataClassification classification, string value) =>
        provider.GetRedactor(new DataClassificationSet(classification)).Redact(value);

    [Fact]
    public void Add_privacy_kit_redacts_free_text_with_the_scanner()
    {
        Assert.IsType<FreeTextRedactor>(Provider().GetRedactor(new DataClassificationSet(PrivacyTaxonomy.FreeText)));
    }

    [Theory]
    [InlineData("geboren 3 februari 1971, belt morgen", "geboren 1971, belt morgen")]
    [InlineData("geboren 03-02-1971, belt morgen", "geboren 1971, belt morgen")]
    public void A_date_of_birth_in_a_note_keeps_its_year_whether_the_month_is_a_word_or_a_number(string note, string expected)
    {
        Assert.Equal(expected, Redact(Provider(), PrivacyTaxonomy.FreeText, note));
    }

    [Theory]
    [InlineData("klant heeft diabetes, klantnummer 4711-0815", "klant heeft , klantnummer ")]
    [InlineData("gebruikersnaam jdevries82 geblokkeerd", "gebruikersnaam  geblokkeerd")]
    public void Special_categories_customer_numbers_and_user_names_in_a_note_are_erased_by_default(string note, string expected)
    {
        Assert.Equal(expected, Redact(Provider(), PrivacyTaxonomy.FreeText, note));
    }

    [Fact]
    public void A_special_category_term_set_in_the_options_is_erased_from_notes_next_to_the_built_in_ones()
    {
        var provider = Provider(options => options.SpecialCategoryTerms.Add("ziekte van Crohn"));

        Assert.Equal("klant heeft  en , bel ***78", Redact(provider, PrivacyTaxonomy.FreeText, "klant heeft ziekte van Crohn en diabetes, bel 06-12345678"));
    }

    [Theory]
    [InlineData(nameof(PrivacyTaxonomy.PhoneNumber), "06-12345678")]
    [InlineData(nameof(PrivacyTaxonomy.EmailAddress), "jan.devries@gmail.com")]
    [InlineData(nameof(PrivacyTaxonomy.BankAccount), "NL91ABNA0417164300")]
    [InlineData(nameof(PrivacyTaxonomy.PaymentCard), "4111 1111 1111 1111")]
    [InlineData(nameof(PrivacyTaxonomy.IpAddress), "192.168.1.20")]
    [InlineData(nameof(PrivacyTaxonomy.PostalAddress), "1234 AB")]
    public void An_item_in_a_note_is_masked_exactly_like_a_field_of_its_kind(string kind, string value)
    {
        var provider = Provider();
        var asField = Redact(provider, new DataClassification(PrivacyTaxonomy.Name, kind), value);

        var inNote = Redact(provider, PrivacyTaxonomy.FreeText, $"Klant gaf {value} door.");

        Assert.Equal($"Klant gaf {asField} door.", inNote);
        Assert.DoesNotContain(value, inNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_follows_the_per_kind_overrides()
    {
        var provider = Provider(options => options.Overrides["PhoneNumber"] = RedactionMode.Erase);

        Assert.Equal("Bel  terug.", Redact(provider, PrivacyTaxonomy.FreeText, "Bel 06-12345678 terug."));
    }

    [Fact]
    public void A_note_uses_the_redactor_the_application_mapped_to_a_kind()
    {
        var services = new ServiceCollection();
        services.AddRedaction(redaction =>
        {
            redaction.SetRedactor<PhoneLabelRedactor>(PrivacyTaxonomy.PhoneNumber);
            redaction.AddPrivacyKit();
        });
        var provider = services.BuildServiceProvider().GetRequiredService<IRedactorProvider>();

        Assert.Equal("[phone]", Redact(provider, PrivacyTaxonomy.PhoneNumber, "06-12345678"));
        Assert.Equal("Bel [phone] terug.", Redact(provider, PrivacyTaxonomy.FreeText, "Bel 06-12345678 terug."));
    }

    [Fact]
    public void The_logger_tag_suffix_is_never_written()
    {
        Assert.Equal("Bel +31***78", Redact(Provider(), PrivacyTaxonomy.FreeText, "Bel +31612345678:Notes"));
    }

    [Fact]
    public void A_note_without_personal_data_is_kept_whole()
    {
        const string Note = "Customer called at 10:30 about order 98765, amount € 45,00.";

        Assert.Equal(Note, Redact(Provider(), PrivacyTaxonomy.FreeText, Note));
    }
}
