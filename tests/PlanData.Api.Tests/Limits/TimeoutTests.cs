using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;
using PlanData.Storage;

namespace PlanData.Api.Tests.Limits;

/// <summary>
/// A one-second query timeout, and SQL that can be made slower than that. No response cache: the tests
/// repeat a query and need each one to run its SQL. No warm-up: "the next command" must be the test's.
/// </summary>
public sealed class OneSecondTimeoutApi() : ConfiguredApiFactory(new Dictionary<string, string>
{
    ["GraphQL:Limits:TimeoutMilliseconds"] = "1000",
    ["GraphQL:ResponseCache:Enabled"] = "false",
    ["GraphQL:WarmUp:Enabled"] = "false",
})
{
    public StallingSql Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<PlanDataContext>(options => options.AddInterceptors(Sql)));
    }
}

/// <summary>
/// GraphQL:Limits:TimeoutMilliseconds: a query still running at the timeout ends with HC0045, its SQL
/// is cancelled (the token the SQL commands get is the timeout's; a running SQLite statement is
/// interrupted; a running PostgreSQL statement is cancelled by Npgsql's cancel request), and the server goes on serving.
/// </summary>
public sealed class TimeoutTests(OneSecondTimeoutApi api) : IClassFixture<OneSecondTimeoutApi>
{
    private const string Query = "{ plans { totalCount nodes { number } } }";

    [Fact]
    public async Task A_command_still_waiting_at_the_timeout_is_cancelled_and_the_answer_is_hc0045()
    {
        var client = await WarmClientAsync();
        api.Sql.WaitOnNextCommand();

        var response = await client.PostAsync(Query);

        AssertTimedOut(response);
        await api.Sql.WaitCanceled.WaitAsync(TimeSpan.FromSeconds(30));
        (await client.PostAsync(Query)).AssertAnswered();
    }

    [Trait("Database", TestDatabase.SqliteFileTrait)]
    [Fact]
    public async Task A_running_sqlite_statement_is_interrupted_at_the_timeout()
    {
        var client = await WarmClientAsync();
        api.Sql.SlowDownNextCommand();

        var response = await client.PostAsync(Query);

        AssertTimedOut(response);
        var failure = await api.Sql.SlowCommandFailed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(9, Assert.IsType<SqliteException>(failure).SqliteErrorCode); // SQLITE_INTERRUPT
        (await client.PostAsync(Query)).AssertAnswered();
    }

    [Trait("Database", TestDatabase.PostgresTrait)]
    [Fact]
    public async Task A_running_postgresql_statement_is_cancelled_at_the_timeout()
    {
        var client = await WarmClientAsync();
        api.Sql.SlowDownNextCommand();

        var response = await client.PostAsync(Query);

        AssertTimedOut(response);
        await api.Sql.SlowCommandCanceled.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await RunningSlowStatementsAsync());
        (await client.PostAsync(Query)).AssertAnswered();
    }

    /// <summary>How many backends of the server are still running the slow statement: the cancel request reached the server when none is.</summary>
    private static async Task<long> RunningSlowStatementsAsync()
    {
        await using var connection = TestDatabase.Admin();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query = @slow", connection);
        command.Parameters.AddWithValue("slow", StallingSql.SlowStatement);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Execution had begun: data is null, and the status is that of an executed request.</summary>
    private static void AssertTimedOut(GraphQLResponse response)
    {
        Assert.Equal(200, response.Status);
        Assert.True(response.Body.ContainsKey("data"));
        Assert.Null(response.Body["data"]);
        var error = response.SingleError;
        Assert.Equal("HC0045", error.Code());
        Assert.Equal("The request exceeded the configured timeout of `00:00:01` (the setting GraphQL:Limits:TimeoutMilliseconds).", (string?)error["message"]);
    }

    /// <summary>A client of a started API, so that the first request's start-up work does not count against the timeout.</summary>
    private async Task<GraphQLClient> WarmClientAsync()
    {
        var client = api.CreateGraphQLClient();
        await client.PostAsync(Query);
        return client;
    }
}
