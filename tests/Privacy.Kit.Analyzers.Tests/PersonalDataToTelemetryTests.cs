using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataToTelemetryAnalyzer>;
using Whole = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.ObjectWithPersonalDataLeakedAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>PK1006: personal data in OpenTelemetry activities and metrics, Application Insights and Sentry (real packages).</summary>
public sealed class PersonalDataToTelemetryTests
{
    private const string Customer = """
        public class Customer
        {
            public int Id { get; set; }
            [Email] public string Email { get; set; } = "";
            [PhoneNumber] public string Phone { get; set; } = "";
        }
        """;

    [Fact]
    public Task Message_names_the_source_its_kind_and_the_telemetry_call() => Verify.VerifyWithLibrariesAsync(Customer + """
        class Service
        {
            void Handle(Customer c, System.Diagnostics.Activity activity) => activity.SetTag("customer.email", {|#0:c.Email|});
        }
        """,
        Verify.Diagnostic("PK1006").WithLocation(0).WithArguments("c.Email", "EmailAddress", "Activity.SetTag"));

    [Fact]
    public Task Activity_tags_events_baggage_and_status_are_telemetry() => Verify.VerifyWithLibrariesAsync("using System.Diagnostics;\n" + Customer + """
        class Service
        {
            private static readonly ActivitySource Source = new("Calls");

            void Handle(Customer c)
            {
                using var activity = Source.StartActivity("Callback", ActivityKind.Internal, default(ActivityContext),
                    new Dictionary<string, object?> { ["phone"] = [|c.Phone|] });
                activity?.AddTag("email", [|c.Email|]);
                activity?.SetBaggage("phone", [|c.Phone|]);
                activity?.AddEvent(new ActivityEvent("dialled", tags: new ActivityTagsCollection { { "phone", [|c.Phone|] } }));
                activity?.SetStatus(ActivityStatusCode.Error, $"No answer on {[|c.Phone|]}");
                activity?.SetTag("customer.id", c.Id);
            }
        }
        """);

    [Fact]
    public Task Metric_instrument_tags_are_telemetry_the_measurement_is_not() => Verify.VerifyWithLibrariesAsync("using System.Diagnostics.Metrics;\n" + Customer + """
        class Service
        {
            private static readonly Meter Meter = new("Calls");
            private static readonly Counter<int> Calls = Meter.CreateCounter<int>("calls");
            private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("duration");

            void Handle(Customer c, double seconds)
            {
                Calls.Add(1, new KeyValuePair<string, object?>("email", [|c.Email|]));
                Duration.Record(seconds, new KeyValuePair<string, object?>("phone", [|c.Phone|]));
                Calls.Add(c.Id, new KeyValuePair<string, object?>("region", "NL"));
            }
        }
        """);

    [Fact]
    public Task Application_Insights_Track_calls_are_telemetry() => Verify.VerifyWithLibrariesAsync("using Microsoft.ApplicationInsights;\n" + Customer + """
        class Service(TelemetryClient telemetry)
        {
            void Handle(Customer c)
            {
                telemetry.TrackEvent("CallbackRequested", new Dictionary<string, string> { ["phone"] = [|c.Phone|] });
                telemetry.TrackTrace($"Mail bounced for {[|c.Email|]}");
                telemetry.TrackEvent("CallbackRequested", new Dictionary<string, string> { ["customerId"] = c.Id.ToString() });
            }
        }
        """);

    [Fact]
    public Task A_type_named_like_Application_Insights_client_is_no_telemetry_without_its_assembly() => Verify.VerifyCleanAsync(Customer + """
        namespace Microsoft.ApplicationInsights
        {
            public class TelemetryClient { public void TrackTrace(string message) { } }
        }

        class Service(Microsoft.ApplicationInsights.TelemetryClient telemetry)
        {
            void Handle(Customer c) => telemetry.TrackTrace($"Mail bounced for {c.Email}");
        }
        """);

    [Fact]
    public Task Sentry_messages_tags_extras_breadcrumbs_and_user_are_telemetry() => Verify.VerifyWithLibrariesAsync("using Sentry;\n" + Customer + """
        class Service
        {
            void Handle(Customer c)
            {
                SentrySdk.CaptureMessage($"Callback for {[|c.Phone|]}");
                SentrySdk.AddBreadcrumb($"Mail to {[|c.Email|]}");
                SentrySdk.SetTag("email", [|c.Email|]);
                SentrySdk.ConfigureScope(scope =>
                {
                    scope.SetExtra("phone", [|c.Phone|]);
                    scope.User = new SentryUser { Email = [|c.Email|], Id = c.Id.ToString() };
                });
                SentrySdk.SetTag("customer.id", c.Id.ToString());
            }
        }
        """);

    [Fact]
    public Task Redacted_values_in_telemetry_are_clean() => Verify.VerifyWithLibrariesAsync(Customer + """
        class Service(Redactor redactor)
        {
            void Handle(Customer c, System.Diagnostics.Activity activity)
            {
                activity.SetTag("customer.email", redactor.Redact(c.Email));
                Sentry.SentrySdk.SetTag("email", redactor.Redact(c.Email));
            }
        }
        """);

    [Fact]
    public Task Without_a_telemetry_call_nothing_is_reported() => Verify.VerifyWithLibrariesAsync(Customer + """
        class Service
        {
            string Handle(Customer c) => c.Email;
        }
        """);

    [Fact]
    public Task A_record_holding_personal_data_as_a_Sentry_extra_is_an_object_leak() => Whole.VerifyWithLibrariesAsync("""
        public class Caller { [PhoneNumber] public string Number { get; set; } = ""; }

        class Service
        {
            void Handle(Caller caller) => Sentry.SentrySdk.ConfigureScope(scope => scope.SetExtra("caller", [|caller|]));
        }
        """);
}
