using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataToVendorAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

public sealed class PersonalDataToVendorTests
{
    private const string Customer = """
        public class Customer
        {
            public int Id { get; set; }
            [PhoneNumber] public string Phone { get; set; } = "";
            [Email] public string Email { get; set; } = "";
            public string Segment { get; set; } = "";
        }
        """;

    [Fact]
    public Task Message_names_the_vendor_and_the_method() => Verify.VerifyAsync(Customer + """
        [VendorBoundary("Acme Dialer")]
        public interface IDialer { Task ScheduleAsync(string number, CancellationToken cancellationToken); }

        class Service(IDialer dialer)
        {
            Task Handle(Customer c, CancellationToken token) => dialer.ScheduleAsync({|#0:c.Phone|}, token);
        }
        """,
        expected: Verify.Diagnostic("PK1002").WithLocation(0).WithArguments("c.Phone", "PhoneNumber", "vendor 'Acme Dialer'", "ScheduleAsync"));

    [Fact]
    public Task Unnamed_vendor_is_called_a_vendor() => Verify.VerifyAsync(Customer + """
        [VendorBoundary]
        public interface ICrm { void Upsert(int id, string email); }

        class Service(ICrm crm)
        {
            void Handle(Customer c) => crm.Upsert(c.Id, {|#0:c.Email|});
        }
        """,
        expected: Verify.Diagnostic("PK1002").WithLocation(0).WithArguments("c.Email", "EmailAddress", "a vendor", "Upsert"));

    [Fact]
    public Task Clean_arguments_to_a_vendor_are_not_reported() => Verify.VerifyCleanAsync(Customer + """
        [VendorBoundary]
        public interface ICrm { void Track(int id, string segment, CancellationToken token); }

        class Service(ICrm crm)
        {
            void Handle(Customer c) => crm.Track(c.Id, c.Segment, CancellationToken.None);
        }
        """);

    [Fact]
    public Task Payload_filtered_by_vendor_sharing_policy_is_not_reported() => Verify.VerifyCleanAsync(Customer + """
        [VendorBoundary("Acme CRM")]
        public interface ICrm { Task UploadAsync(byte[] json, CancellationToken token); }

        class Export(Privacy.Kit.Vendors.VendorSharing sharing, ICrm crm)
        {
            async Task Run(Customer c, CancellationToken token)
            {
                var json = await sharing.DiscloseAsync("Acme CRM", "CustomerService", c, [c.Id.ToString()], cancellationToken: token);
                await crm.UploadAsync(json, token);
            }
        }
        """);

    [Fact]
    public Task Payload_serialized_without_the_vendor_policy_is_reported() => Verify.VerifyAsync(Customer + """
        [VendorBoundary("Acme CRM")]
        public interface ICrm { Task UploadAsync(byte[] json, CancellationToken token); }

        class Export(ICrm crm)
        {
            async Task Run(Customer c, CancellationToken token)
            {
                var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(c);
                await crm.UploadAsync({|#0:json|}, token);
            }
        }
        """,
        expected: Verify.Diagnostic("PK1002").WithLocation(0).WithArguments("c", "PhoneNumber", "vendor 'Acme CRM'", "UploadAsync"));

    [Fact]
    public Task Call_through_a_class_implementing_a_vendor_interface_is_reported() => Verify.VerifyAsync(Customer + """
        [VendorBoundary]
        public interface ISurvey { void Invite(string email); }
        public sealed class SurveyClient : ISurvey { public void Invite(string email) { } }

        class Service(SurveyClient survey)
        {
            void Handle(Customer c) => survey.Invite([|c.Email|]);
        }
        """);

    [Fact]
    public Task Vendor_boundary_class_and_its_subclasses_are_sinks() => Verify.VerifyAsync(Customer + """
        [VendorBoundary("Transcribe")]
        public class TranscriptionClient { public virtual void Send(string text) { } }
        public class RetryingTranscriptionClient : TranscriptionClient { }

        class Service(RetryingTranscriptionClient client)
        {
            void Handle(Customer c) => client.Send($"Caller {[|c.Phone|]}");
        }
        """);

    [Fact]
    public Task Vendor_boundary_method_is_a_sink_and_its_siblings_are_not() => Verify.VerifyAsync(Customer + """
        public class Gateway
        {
            [VendorBoundary] public void Export(string value) { }
            public void Store(string value) { }
        }

        class Service(Gateway gateway)
        {
            void Handle(Customer c)
            {
                gateway.Export([|c.Email|]);
                gateway.Store(c.Email);
            }
        }
        """);

    [Fact]
    public Task Implementation_of_a_vendor_boundary_interface_method_is_a_sink() => Verify.VerifyAsync(Customer + """
        public interface IExport { [VendorBoundary] void Export(string value); }
        public sealed class Exporter : IExport { public void Export(string value) { } }

        class Service(Exporter export)
        {
            void Handle(Customer c) => export.Export([|c.Email|]);
        }
        """);

    [Fact]
    public Task Only_the_vendor_boundary_parameter_is_checked() => Verify.VerifyAsync(Customer + """
        public class Notifier
        {
            public void Notify(string localAudit, [VendorBoundary("SmsCo")] string smsBody) { }
        }

        class Service(Notifier notifier)
        {
            void Handle(Customer c) => notifier.Notify(c.Phone, $"Call {[|c.Phone|]}");
        }
        """);

    [Fact]
    public Task Pseudonymized_value_sent_to_a_vendor_is_clean() => Verify.VerifyCleanAsync(Customer + """
        [VendorBoundary]
        public interface IAnalytics { void Track(string user); }

        class Service(IAnalytics analytics, Redactor hmac)
        {
            void Handle(Customer c) => analytics.Track(hmac.Redact(c.Email));
        }
        """);

    [Fact]
    public Task Configured_vendor_sink_is_checked() => Verify.VerifyAsync(Customer + """
        namespace ThirdParty { public class Client { public void Post(string payload) { } } }
        class Service(ThirdParty.Client client)
        {
            void Handle(Customer c) => client.Post([|c.Email|]);
        }
        """,
        editorConfig: "privacy_kit.vendor_sinks = ThirdParty.Client.*");

    [Fact]
    public Task Configured_vendor_sink_through_an_extension_method_skips_the_receiver() => Verify.VerifyAsync("using ThirdParty;\n" + Customer + """
        namespace ThirdParty
        {
            public class Client { }
            public static class ClientExtensions { public static void Post(this Client client, string payload) { } }
        }

        class Service(ThirdParty.Client client)
        {
            void Handle(Customer c) => ThirdParty.ClientExtensions.Post(client, [|c.Email|]);
            void Reduced(Customer c) => client.Post([|c.Email|]);
        }
        """,
        editorConfig: "privacy_kit.vendor_sinks = ThirdParty.ClientExtensions.Post");

    [Fact]
    public Task Object_holding_personal_data_is_left_to_PK1004() => Verify.VerifyCleanAsync(Customer + """
        [VendorBoundary]
        public interface ICrm { void Upsert(Customer customer); }

        class Service(ICrm crm)
        {
            void Handle(Customer c) => crm.Upsert(c);
        }
        """);

    [Fact]
    public Task Personal_data_sent_from_an_async_lambda_is_reported() => Verify.VerifyAsync(Customer + """
        [VendorBoundary]
        public interface ISms { Task SendAsync(string number, string text); }

        class Service(ISms sms)
        {
            Func<Customer, Task> Sender => async c => await sms.SendAsync([|c.Phone|], "Your callback is booked");
        }
        """);
}
