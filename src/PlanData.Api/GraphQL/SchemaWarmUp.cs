using System.Diagnostics;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using PlanData.Querying;

namespace PlanData.Api.GraphQL;

/// <summary>
/// Readies what the first requests would otherwise pay for. The GraphQL schema, without which nothing
/// is answered, is built on another core while the database is checked and the server starts. Once the
/// server listens, one query runs in the background (<see cref="WarmUpOptions"/>): it builds EF Core's
/// model and compiles the common query shapes, a second or more that the first client would otherwise wait for.
/// </summary>
public sealed partial class SchemaWarmUp(
    ISchema schema,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IOptions<WarmUpOptions> options,
    ILogger<SchemaWarmUp> logger) : IHostedService
{
    /// <summary>Lists, a nested list, filters, an order, counts and the agency loaders: what dashboards and exports ask first.</summary>
    public const string Document = """
        query WarmUp {
          plans(first: 1) { totalCount nodes { id number title items(first: 1) { totalCount nodes { id number title status schedule { text kind end } leadAgency { name } assignments { role agency { name } } } } } }
          planItems(first: 1, where: { status: { eq: IN_PROGRESS } }, order: [{ number: ASC }]) { totalCount nodes { id title leadAgency { name } } }
          agencies(first: 1) { nodes { id name } }
        }
        """;

    private readonly Lazy<Task<bool>> _schemaBuilt = new(() => Task.Run(() => BuildSchema(schema, logger)));
    // Set on the thread that reports the start, awaited on the one that stops the host.
    private volatile Task _running = Task.CompletedTask;

    /// <summary>
    /// Builds the schema on another thread, beside the rest of the start (the database check, Kestrel,
    /// telemetry); a request that comes first waits for it in <see cref="ISchema.Initialize"/>.
    /// </summary>
    public void StartBuildingSchema() => _ = _schemaBuilt.Value;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        StartBuildingSchema();
        if (options.Value.Enabled)
        {
            lifetime.ApplicationStarted.Register(() => _running = Task.Run(() => RunAsync(lifetime.ApplicationStopping)));
        }
        else
        {
            _running = _schemaBuilt.Value;
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The query stops on ApplicationStopping; services it uses must outlive it.
        await _running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private static bool BuildSchema(ISchema schema, ILogger logger)
    {
        try
        {
            schema.Initialize();
            return true;
        }
        catch (Exception e)
        {
            // The readiness check reports a schema that cannot be built, and so does every request.
            LogSchemaFailed(logger, e);
            return false;
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        if (!await _schemaBuilt.Value)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
            {
                Query = Document,
                RequestServices = scope.ServiceProvider,
                CancellationToken = stopping,
            });
            if (result.Errors is { Count: > 0 } errors)
            {
                LogWarmUpFailed(logger, errors[0].Message);
                return;
            }

            LogWarmedUp(logger, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Only the first requests are slower for it: they build what the warm-up would have.
            LogWarmUpFailed(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed up in {DurationMs} ms (EF Core model and common queries)")]
    private static partial void LogWarmedUp(ILogger logger, double durationMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up query failed; the first requests build what it would have: {Reason}")]
    private static partial void LogWarmUpFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The GraphQL schema cannot be built")]
    private static partial void LogSchemaFailed(ILogger logger, Exception exception);
}
