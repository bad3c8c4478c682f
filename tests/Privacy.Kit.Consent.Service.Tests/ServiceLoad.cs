using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Privacy.Kit.Consent.Service.Tests;

/// <summary>
/// Dialers at work: concurrent clients, each asking for decisions and recording events (one event per four
/// decisions) for phone numbers drawn from a fixed set of people, against one or more servers in turn. Bounded in
/// count; a client stops at its first failure (a killed server), or when <see cref="RunAsync"/>'s token is cancelled.
/// Results accumulate in <c>into</c> while it runs, for a test that acts in the middle.
/// </summary>
internal static class ServiceLoad
{
    public static string Phone(int person) => "+3161" + person.ToString("D7", CultureInfo.InvariantCulture);

    public static async Task<LoadResult> RunAsync(IReadOnlyList<Func<HttpClient>> servers, int clients, int decisions, int events, int people, CancellationToken cancellationToken = default, LoadResult? into = null)
    {
        var result = into ?? new LoadResult();
        var started = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            using var client = servers[c % servers.Count]();
            var myDecisions = decisions / clients + (c < decisions % clients ? 1 : 0);
            var myEvents = events / clients + (c < events % clients ? 1 : 0);
            var random = new Random(c);
            for (int d = 0, e = 0; (d < myDecisions || e < myEvents) && !cancellationToken.IsCancellationRequested;)
            {
                // Interleave in proportion, as a dialer asks before each call and reports some outcomes.
                var sendEvent = e < myEvents && (d >= myDecisions || (long)e * myDecisions <= (long)d * myEvents);
                var subject = Phone(random.Next(people));
                var timer = Stopwatch.StartNew();
                try
                {
                    if (sendEvent)
                    {
                        e++;
                        using var response = await client.PostJsonAsync("/v1/events", $$"""{"subject": "{{subject}}", "kind": "contact-made", "purpose": "service", "channel": "phone", "identificationGiven": true}""");
                        if (response.StatusCode != HttpStatusCode.Created)
                        {
                            result.Failures.Add($"event: {(int)response.StatusCode}");
                            return;
                        }

                        var body = await response.JsonAsync();
                        result.EventMilliseconds.Add(timer.Elapsed.TotalMilliseconds);
                        result.Acknowledged.Add((subject, body.GetProperty("sequence").GetInt64(), body.GetProperty("hash").GetString()!));
                    }
                    else
                    {
                        d++;
                        using var response = await client.PostJsonAsync("/v1/decisions", $$"""{"subject": "{{subject}}", "purpose": "direct-marketing", "channel": "email"}""");
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            result.Failures.Add($"decision: {(int)response.StatusCode}");
                            return;
                        }

                        await response.Content.ReadAsByteArrayAsync(cancellationToken);
                        result.DecisionMilliseconds.Add(timer.Elapsed.TotalMilliseconds);
                    }
                }
                catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or IOException)
                {
                    result.Failures.Add(failure.GetType().Name);
                    return;
                }
            }
        }, CancellationToken.None)).ToArray();
        await Task.WhenAll(workers);
        result.Elapsed = started.Elapsed;
        return result;
    }
}
