using Log = Privacy.Kit.Analyzers.Tests.Infrastructure.AnalyzerTest<Privacy.Kit.Analyzers.Rules.PersonalDataInLogAnalyzer>;

namespace Privacy.Kit.Analyzers.Tests;

/// <summary>
/// A computed property of the compilation returns what its getter returns (the getter's summary, computed once), so a
/// property built from personal members carries them and one built from clean members does not.
/// </summary>
public sealed class PropertyGetterSummaryTests
{
    private const string Contact = """
        public class Contact
        {
            public int Id { get; set; }
            [PersonName] public string First { get; set; } = "";
            [PersonName] public string Last { get; set; } = "";
            [Email] public string Mail { get; set; } = "";

            public string Display => First + " " + Last;
            public string Reference { get { return "contact-" + Id; } }
            public string Channel => Mail.Length > 0 ? "mail" : "phone";
        }

        """;

    [Fact]
    public Task A_computed_property_built_from_personal_members_carries_them() => Log.VerifyAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c) => logger.LogInformation("Calling {Contact}", {|#0:c.Display|});
        }
        """,
        expected: Log.Diagnostic("PK1001").WithLocation(0).WithArguments("c.Display", "PersonName", "LogInformation"));

    [Fact]
    public Task A_computed_property_built_from_clean_members_is_clean() => Log.VerifyCleanAsync(Contact + """
        class Service(ILogger logger)
        {
            void Handle(Contact c)
            {
                logger.LogInformation("Calling {Contact}", c.Reference);
                logger.LogInformation("Reached by {Channel}", c.Channel);
            }
        }
        """);
}
