using Privacy.Kit.Consent;

namespace Privacy.Kit.Tests.Consent;

public sealed class SubjectIdentityTests
{
    [Theory]
    [InlineData("0611112222")]
    [InlineData("06-11112222")]
    [InlineData("06 1111 2222")]
    [InlineData("+31 (0)6 11112222")]
    [InlineData("0031611112222")]
    [InlineData("+31611112222")]
    [InlineData(" +31 6 11 11 22 22 ")]
    public void Every_way_of_writing_a_dutch_mobile_number_is_the_same_subject(string written)
    {
        Assert.Equal("+31611112222", SubjectId.Phone(written).Value);
        Assert.Equal(SubjectId.Phone("+31611112222"), SubjectId.Parse(written));
    }

    [Theory]
    [InlineData("0470 12 34 56")]
    [InlineData("+32 470 12 34 56")]
    [InlineData("0032470123456")]
    public void A_belgian_number_is_read_in_region_BE(string written)
    {
        Assert.Equal("+32470123456", SubjectId.Parse(written, "BE").Value);
    }

    [Fact]
    public void A_national_number_is_read_in_the_default_region_NL()
    {
        Assert.Equal("+31470123456", SubjectId.Phone("0470 123456").Value);
    }

    [Theory]
    [InlineData(" Jan@Example.NL ", "jan@example.nl")]
    [InlineData("jan@example.nl", "jan@example.nl")]
    public void An_email_address_is_trimmed_and_compared_without_case(string written, string canonical)
    {
        Assert.Equal(canonical, SubjectId.Parse(written).Value);
        Assert.Equal(SubjectIdKind.Email, SubjectId.Parse(written).Kind);
    }

    [Theory]
    [InlineData("C-000123")]
    [InlineData("0ABC12")]
    [InlineData("klant 42")]
    public void Text_with_a_letter_is_a_customer_id(string written)
    {
        Assert.Equal(SubjectIdKind.CustomerId, SubjectId.Parse(written).Kind);
    }

    [Theory]
    [InlineData("611112222")]
    [InlineData("123456")]
    public void Digits_without_a_leading_zero_or_plus_are_ambiguous(string written)
    {
        var refused = Assert.Throws<FormatException>(() => SubjectId.Parse(written));
        Assert.Contains("ambiguous", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ambiguous_digits_are_read_as_the_kind_the_caller_names()
    {
        Assert.Equal(SubjectIdKind.CustomerId, SubjectId.Parse("611112222", "NL", SubjectIdKind.CustomerId).Kind);
        Assert.Equal("+31611112222", SubjectId.Parse("611112222", "NL", SubjectIdKind.Phone).Value);
    }

    [Theory]
    [InlineData("+31 6 1234 ABCD")]
    [InlineData("0612")]
    [InlineData("+999 123")]
    public void Something_that_starts_like_a_phone_number_but_is_none_is_refused(string written)
    {
        Assert.Throws<FormatException>(() => SubjectId.Parse(written));
    }

    [Fact]
    public void An_objection_under_one_written_form_denies_a_call_under_another()
    {
        var scenario = new ConsentScenario().Consent("2026-01-10T10:00:00Z");
        scenario.Service.Record(SubjectId.Parse("0612345678"), new ObjectionRecorded { OccurredAt = ConsentScenario.At("2026-02-01T10:00:00Z") });

        Assert.Equal([DenialReason.Objection], scenario.Ask(ConsentScenario.BeforeCutOff, subject: SubjectId.Parse("06-12345678")).Reasons);
    }
}
