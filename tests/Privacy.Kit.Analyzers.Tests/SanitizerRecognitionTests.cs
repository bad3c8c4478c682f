using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Vendors;
using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// Sanitizers are recognised by symbol, never by name: Microsoft's <c>Redactor.Redact</c>, <c>[Redacts]</c> on a method
/// or type (the library's own redactors carry it, users mark theirs), or <c>privacy_kit.sanitizers</c>. A rename never
/// changes a finding, and a method called <c>RedactX</c> or a type called <c>XRedactor</c> is no sanitizer by its name.
/// </summary>
public sealed class SanitizerRecognitionTests
{
    private const string Customer = """
        public class Customer
        {
            [Email] public string Email { get; set; } = "";
        }

        """;

    [Fact]
    public Task A_method_named_Redact_without_the_attribute_carries_its_argument() => Verify.VerifyAsync(Customer + """
        public interface IPrivacy { string RedactEmail(string value); }
        class Service(ILogger logger, IPrivacy privacy)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", privacy.RedactEmail([|c.Email|]));
        }
        """);

    [Fact]
    public Task A_method_named_Redact_marked_Redacts_returns_clean_data() => Verify.VerifyCleanAsync(Customer + """
        public interface IPrivacy { [Redacts] string RedactEmail(string value); }
        class Service(ILogger logger, IPrivacy privacy)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", privacy.RedactEmail(c.Email));
        }
        """);

    [Fact]
    public Task A_type_named_like_a_redactor_in_a_Privacy_Kit_namespace_is_no_sanitizer_by_its_name() => Verify.VerifyAsync(Customer + """
        namespace Privacy.Kit.Custom { public interface IEmailRedactor { string Apply(string value); } }
        class Service(ILogger logger, Privacy.Kit.Custom.IEmailRedactor redactor)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", redactor.Apply([|c.Email|]));
        }
        """);

    [Fact]
    public Task A_Mask_method_in_the_scanner_namespace_is_no_sanitizer_by_its_name() => Verify.VerifyAsync(Customer + """
        namespace Privacy.Kit.Text { public interface IMasker { string MaskPhone(string value); } }
        class Service(ILogger logger, Privacy.Kit.Text.IMasker masker)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", masker.MaskPhone([|c.Email|]));
        }
        """);

    [Fact]
    public Task Redacts_on_a_type_makes_every_method_of_it_a_sanitizer() => Verify.VerifyCleanAsync(Customer + """
        [Redacts(Keeps = "the domain")]
        public abstract class Masker { public abstract string Apply(string value); }
        class Service(ILogger logger, Masker masker)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", masker.Apply(c.Email));
        }
        """);

    [Fact]
    public Task Redacts_on_a_base_type_counts_for_the_types_derived_from_it() => Verify.VerifyCleanAsync(Customer + """
        [Redacts]
        public abstract class Masker { public abstract string Apply(string value); }
        public sealed class DomainOnly : Masker { public override string Apply(string value) => value.Substring(value.IndexOf('@')); }
        class Service(ILogger logger, DomainOnly masker)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", masker.Apply(c.Email));
        }
        """);

    [Fact]
    public Task Redacts_on_an_overridden_method_counts_for_its_overrides() => Verify.VerifyCleanAsync(Customer + """
        public abstract class Masker { [Redacts] public abstract string Apply(string value); }
        public sealed class DomainOnly : Masker { public override string Apply(string value) => value.Substring(value.IndexOf('@')); }
        class Service(ILogger logger, DomainOnly masker)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", masker.Apply(c.Email));
        }
        """);

    [Fact]
    public Task Redacts_on_an_interface_method_counts_for_its_implementation() => Verify.VerifyCleanAsync(Customer + """
        public interface IMasker { [Redacts] string Apply(string value); }
        public sealed class DomainOnly : IMasker { public string Apply(string value) => value.Substring(value.IndexOf('@')); }
        class Service(ILogger logger, DomainOnly masker)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", masker.Apply(c.Email));
        }
        """);

    [Fact]
    public Task An_unmarked_method_of_a_class_implementing_a_marked_interface_method_still_carries_its_argument() => Verify.VerifyAsync(Customer + """
        public interface IMasker { [Redacts] string Apply(string value); }
        public sealed class DomainOnly : IMasker
        {
            public string Apply(string value) => "***";
            public string Echo(string value) => value;
        }
        class Service(ILogger logger, DomainOnly masker)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", masker.Echo([|c.Email|]));
        }
        """);

    [Fact]
    public Task A_users_own_Microsoft_Redactor_is_a_sanitizer_through_Redactor_Redact() => Verify.VerifyCleanAsync(Customer + """
        public sealed class Stars : Redactor
        {
            public override int GetRedactedLength(ReadOnlySpan<char> input) => 3;
            public override int Redact(ReadOnlySpan<char> source, Span<char> destination) { "***".AsSpan().CopyTo(destination); return 3; }
        }
        class Service(ILogger logger, Stars stars)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", stars.Redact(c.Email));
        }
        """);

    [Fact]
    public Task A_method_named_Redact_on_a_Redactor_subclass_that_is_not_Redactor_Redact_is_no_sanitizer_by_its_name() => Verify.VerifyAsync(Customer + """
        public sealed class Stars : Redactor
        {
            public override int GetRedactedLength(ReadOnlySpan<char> input) => 3;
            public override int Redact(ReadOnlySpan<char> source, Span<char> destination) { "***".AsSpan().CopyTo(destination); return 3; }
            public string RedactLater(string value) => value;
        }
        class Service(ILogger logger, Stars stars)
        {
            void Handle(Customer c) => logger.LogInformation("Customer {Email}", stars.RedactLater([|c.Email|]));
        }
        """);

    [Fact]
    public void Every_redactor_of_the_library_and_DiscloseAsync_carry_Redacts()
    {
        var library = typeof(PrivacyTaxonomy).Assembly;
        var redactors = library.GetTypes().Where(type => typeof(Redactor).IsAssignableFrom(type)).ToList();

        Assert.NotEmpty(redactors);
        Assert.All(redactors, redactor => Assert.True(redactor.IsDefined(typeof(RedactsAttribute), inherit: true), redactor.FullName));
        Assert.True(typeof(VendorSharing).GetMethod(nameof(VendorSharing.DiscloseAsync))!.IsDefined(typeof(RedactsAttribute), inherit: false));
    }
}
