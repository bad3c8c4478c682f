using System.Net;
using System.Text.RegularExpressions;

namespace Privacy.Kit.Consent.Service.Tests;

/// <summary>The README's curl examples for dialers, sent as written to a real server.</summary>
public sealed partial class ReadmeExamplesTests : IAsyncLifetime
{
    private InProcessServer _server = null!;

    public async Task InitializeAsync() => _server = await InProcessServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Every_curl_example_of_the_service_section_is_answered_as_the_readme_says()
    {
        var examples = Curl().Matches(ServiceSection()).ToList();
        using var dialer = _server.Client(TestKeys.Dialer);

        Assert.Contains(examples, e => e.Groups["path"].Value == "/v1/decisions");
        Assert.Contains(examples, e => e.Groups["path"].Value == "/v1/events" && e.Groups["body"].Value.Contains("\"link\"", StringComparison.Ordinal));
        foreach (var example in examples)
        {
            using var response = await dialer.PostJsonAsync(example.Groups["path"].Value, example.Groups["body"].Value);

            var expected = example.Groups["path"].Value == "/v1/events" ? HttpStatusCode.Created : HttpStatusCode.OK;
            Assert.True(expected == response.StatusCode, $"{example.Value}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string ServiceSection()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Privacy.Kit.sln")))
        {
            folder = folder.Parent;
        }

        var readme = File.ReadAllText(Path.Combine(folder?.FullName ?? throw new InvalidOperationException("No Privacy.Kit.sln above the test folder."), "README.md"));
        var start = readme.IndexOf("### Consent service for dialers", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    [GeneratedRegex(@"curl -s http://consent\.example:8080(?<path>/v1/\w+)[^\n]*\\\n\s*-d '(?<body>[^']*)'")]
    private static partial Regex Curl();
}
