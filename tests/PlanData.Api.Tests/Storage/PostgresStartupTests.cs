using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Storage;

/// <summary>
/// Database:Provider=PostgreSQL settings the API cannot serve stop the real process at start with one
/// error line, as a bad SQLite file does: a provider it does not know, no connection string, a server
/// it cannot reach (without repeating the password), a database that is not ours.
/// </summary>
public sealed class PostgresStartupTests
{
    [Fact]
    public async Task An_unknown_provider_is_named()
    {
        var result = await StartAsync(new() { ["Database__Provider"] = "Oracle" });

        Assert.Equal("error: unknown Database:Provider 'Oracle' (use Sqlite or PostgreSQL)", OneErrorLine(result));
    }

    [Fact]
    public async Task PostgreSQL_without_a_connection_string_says_so()
    {
        var result = await StartAsync(new() { ["Database__Provider"] = "PostgreSQL" });

        Assert.Equal("error: Database:Provider is PostgreSQL but Database:ConnectionString is not set", OneErrorLine(result));
    }

    [Fact]
    public async Task An_unreachable_server_is_named_without_its_password()
    {
        // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
        var result = await StartAsync(new()
        {
            ["Database__Provider"] = "PostgreSQL",
            ["Database__ConnectionString"] = "Host=127.0.0.1;Port=1;Database=plans;Username=reader;Password=hunter2;Timeout=5",
        });

        var line = OneErrorLine(result);
        Assert.StartsWith("error: cannot connect to PostgreSQL database plans on 127.0.0.1:1: ", line);
        Assert.DoesNotContain("hunter2", result.ToString());
    }

    [Fact]
    [Trait("Database", TestDatabase.PostgresTrait)]
    public async Task A_database_without_our_schema_is_refused_when_the_seed_may_not_build_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"empty-{Guid.NewGuid():N}");
        var connectionString = TestDatabase.EmptyConnectionString(path);
        try
        {
            var result = await StartAsync(new()
            {
                ["Database__Provider"] = "PostgreSQL",
                ["Database__ConnectionString"] = connectionString,
                ["Database__CreateFromSeed"] = "false",
            });

            var line = OneErrorLine(result);
            Assert.StartsWith("error: PostgreSQL database plan_test_", line);
            Assert.EndsWith(" is not a plan-data database: it has no PlanItems table (run the import command to create the schema)", line);
        }
        finally
        {
            TestDatabase.Delete(path);
        }
    }

    private static Task<ApiProcessResult> StartAsync(Dictionary<string, string> environment) =>
        ApiServerProcess.RunToExitAsync(new ApiServerSettings { Arguments = ["--urls", "http://127.0.0.1:0"], Environment = environment }, TimeSpan.FromMinutes(2));

    private static string OneErrorLine(ApiProcessResult result)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain([.. result.OutputLines, .. result.ErrorLines], l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        return Assert.Single(result.ErrorLines);
    }
}
