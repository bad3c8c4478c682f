using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Service.Api;
using Privacy.Kit.Consent.Service.Auth;
using Privacy.Kit.Consent.Service.Logging;

namespace Privacy.Kit.Consent.Service.Hosting;

/// <summary>
/// The consent service for dialers on Kestrel: <c>POST /v1/decisions</c> (scope <c>decide</c>), <c>POST /v1/events</c>
/// (<c>record</c>), <c>GET /v1/subjects/{subject}/proof</c> (<c>proof</c>), <c>GET /v1/digest</c> (<c>digest</c>),
/// <c>GET /health</c> and <c>GET /openapi/v1.json</c> (no key). Its log goes through <see cref="LogRedaction"/> only.
/// </summary>
public static class ConsentServer
{
    /// <summary>Builds the service over an open ledger; start it with <c>Run</c> or <c>StartAsync</c>, and dispose the ledger after it stopped.</summary>
    /// <param name="options">What to serve and where.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(ConsentServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Ledger calls block while their group commit runs: keep enough threads that 16+ concurrent requests do
        // not wait for the thread pool to grow (it adds about one thread a second under starvation).
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new RedactingLoggerProvider(options.Log, new LogRedaction(options.Secrets)));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var clock = options.Clock ?? TimeProvider.System;
        builder.Services.AddSingleton(options.Ledger);
        builder.Services.AddSingleton<IConsentLedger>(options.Ledger);
        builder.Services.AddSingleton(new DigestSigner(options.SigningKey));
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(options.Keys);
        builder.Services.AddSingleton(new ConsentService(options.Ledger, options.Pseudonymizer, clock, options.Rules));
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.UseMiddleware<RequestLog>();
        app.MapOpenApi();
        app.MapGet("/health", HealthEndpoint.Handle).Produces<Health>().ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var v1 = app.MapGroup("/v1").AddEndpointFilter<InvalidFieldFilter>();
        v1.MapPost("/decisions", DecisionEndpoint.HandleAsync)
            .AddEndpointFilter(new RequireScope(options.Keys, ApiScope.Decide))
            .Accepts<DecisionRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        v1.MapPost("/events", EventEndpoint.HandleAsync)
            .AddEndpointFilter(new RequireScope(options.Keys, ApiScope.Record))
            .Accepts<EventRequest>("application/json")
            .Produces<EventRecorded>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        v1.MapGet("/subjects/{subject}/proof", ProofEndpoint.Handle)
            .AddEndpointFilter(new RequireScope(options.Keys, ApiScope.Proof))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/digest", DigestEndpoint.Handle)
            .AddEndpointFilter(new RequireScope(options.Keys, ApiScope.Digest))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status501NotImplemented);
        return app;
    }
}
