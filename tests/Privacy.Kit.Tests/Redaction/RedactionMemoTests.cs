using Privacy.Kit.Redaction;

namespace Privacy.Kit.Tests.Redaction;

/// <summary>A redaction right after measuring reuses the output only for the very same value and redactor.</summary>
public class RedactionMemoTests
{
    [Fact]
    public void Buffer_reused_for_another_value_between_measuring_and_redacting_gets_that_value_redacted()
    {
        char[] buffer = "+31 6 12345678".ToCharArray();
        PhoneNumberRedactor.Instance.GetRedactedLength(buffer);
        "+32 6 87654321".CopyTo(buffer);
        var destination = new char[MaskingRedactor.MaxMaskedLength];

        int written = PhoneNumberRedactor.Instance.Redact(buffer, destination);

        Assert.Equal("+32***21", new string(destination, 0, written));
    }

    [Fact]
    public void Value_measured_by_one_redactor_and_redacted_by_another_gets_the_second_redactors_output()
    {
        var keepsAcme = new EmailAddressRedactor(["acme.nl"]);
        var keepsNothing = new EmailAddressRedactor([]);
        keepsAcme.GetRedactedLength("jan@acme.nl");
        var destination = new char[MaskingRedactor.MaxMaskedLength];

        int written = keepsNothing.Redact("jan@acme.nl", destination);

        Assert.Equal("j***@***.nl", new string(destination, 0, written));
    }

    [Fact]
    public void Measured_value_is_redacted_the_same_as_an_unmeasured_one_each_time()
    {
        var destination = new char[8];
        int length = DateOfBirthRedactor.Instance.GetRedactedLength("1980-04-23:dateOfBirth");

        int first = DateOfBirthRedactor.Instance.Redact("1980-04-23:dateOfBirth", destination);
        string afterMeasuring = new(destination, 0, first);
        int second = DateOfBirthRedactor.Instance.Redact("1980-04-23:dateOfBirth", destination);

        Assert.Equal(4, length);
        Assert.Equal("1980", afterMeasuring);
        Assert.Equal("1980", new string(destination, 0, second));
    }

    [Fact]
    public void Value_measured_before_a_value_too_long_to_remember_is_redacted_to_its_own_output()
    {
        // Measuring any value writes to the thread's memo buffer, also one too long to remember.
        PhoneNumberRedactor.Instance.GetRedactedLength("+31 6 12345678");
        PhoneNumberRedactor.Instance.GetRedactedLength(new string('x', 1000));
        var destination = new char[MaskingRedactor.MaxMaskedLength];

        int written = PhoneNumberRedactor.Instance.Redact("+31 6 12345678", destination);

        Assert.Equal("+31***78", new string(destination, 0, written));
    }

    [Fact]
    public void Destination_too_small_for_a_measured_value_is_refused_with_the_length_it_needs()
    {
        PhoneNumberRedactor.Instance.GetRedactedLength("+31 6 12345678");

        var error = Assert.Throws<ArgumentException>(() => PhoneNumberRedactor.Instance.Redact("+31 6 12345678", new char[3]));

        Assert.Equal("destination", error.ParamName);
        Assert.Contains("needs 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remembered_output_of_every_length_up_to_40_characters_is_copied_out_whole()
    {
        var memo = new RedactionMemo(64, 64);
        int owner = RedactionMemo.NewOwner();
        for (int length = 1; length <= 40; length++)
        {
            string input = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));
            string output = input.ToUpperInvariant();
            output.CopyTo(memo.Output(length));
            memo.Remember(owner, input, length);

            Assert.True(memo.TryTake(owner, input, out ReadOnlySpan<char> remembered));
            var destination = new char[length];
            Assert.Equal(length, RedactionMemo.CopyOut(remembered, destination));
            Assert.Equal(output, new string(destination));
        }
    }

    [Fact]
    public void Shorter_value_remembered_after_a_longer_one_does_not_match_the_longer_one()
    {
        var memo = new RedactionMemo(64, 64);
        int owner = RedactionMemo.NewOwner();
        memo.Remember(owner, "+31 6 12345678 and more text", 3);
        memo.Remember(owner, "+31 6 12345678", 3);

        Assert.False(memo.TryTake(owner, "+31 6 12345678 and more text", out _));
    }
}
