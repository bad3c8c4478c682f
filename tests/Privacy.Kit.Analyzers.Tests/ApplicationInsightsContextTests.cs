using Verify = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataToTelemetryAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// Application Insights sends its contexts and property bags with every telemetry item: the user, session, location and
/// device contexts of <c>TelemetryContext</c>, its global properties, and an item's own <c>Properties</c>. Compiled
/// against the real package; each leak next to the same write with a clean value.
/// </summary>
public sealed class ApplicationInsightsContextTests
{
    private const string Customer = """
        using Microsoft.ApplicationInsights;
        using Microsoft.ApplicationInsights.DataContracts;

        public class Customer
        {
            public int Id { get; set; }
            [Email] public string Email { get; set; } = "";
            [IpAddress] public string Ip { get; set; } = "";
        }

        """;

    [Fact]
    public Task User_location_and_session_contexts_are_telemetry() => Verify.VerifyWithLibrariesAsync(Customer + """
        class Service(TelemetryClient telemetry)
        {
            void Handle(Customer c)
            {
                telemetry.Context.User.AuthenticatedUserId = [|c.Email|];
                telemetry.Context.Location.Ip = [|c.Ip|];
                telemetry.Context.Session.Id = [|c.Email|];
                telemetry.Context.User.Id = c.Id.ToString();
                telemetry.Context.Session.Id = Guid.NewGuid().ToString();
            }
        }
        """);

    [Fact]
    public Task Global_properties_of_the_context_are_telemetry() => Verify.VerifyWithLibrariesAsync(Customer + """
        class Service(TelemetryClient telemetry)
        {
            void Handle(Customer c)
            {
                telemetry.Context.GlobalProperties["email"] = [|c.Email|];
                telemetry.Context.GlobalProperties.Add("ip", [|c.Ip|]);
                telemetry.Context.GlobalProperties["customerId"] = c.Id.ToString();
            }
        }
        """);

    [Fact]
    public Task An_items_own_properties_are_telemetry() => Verify.VerifyWithLibrariesAsync(Customer + """
        class Service(TelemetryClient telemetry)
        {
            void Handle(Customer c)
            {
                var item = new EventTelemetry("CallbackRequested");
                item.Properties["email"] = [|c.Email|];
                item.Properties.Add("customerId", c.Id.ToString());
                item.Context.User.AuthenticatedUserId = [|c.Email|];
                telemetry.TrackEvent(item);
            }
        }
        """);

    [Fact]
    public Task A_dictionary_that_is_not_telemetry_is_no_sink() => Verify.VerifyWithLibrariesAsync(Customer + """
        class Service(TelemetryClient telemetry)
        {
            private readonly Dictionary<string, string> _properties = new();

            void Handle(Customer c)
            {
                _properties["email"] = c.Email;
                _properties.Add("ip", c.Ip);
                telemetry.TrackEvent("CallbackRequested", new Dictionary<string, string> { ["customerId"] = c.Id.ToString() });
            }
        }
        """);
}
