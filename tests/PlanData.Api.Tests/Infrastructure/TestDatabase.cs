using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;
using PlanData.Api.Storage;
using PlanData.Import.Database;
using PlanData.Storage;

namespace PlanData.Api.Tests.Infrastructure;

/// <summary>
/// Where a test's API keeps its data. By default the SQLite file at the path the test chose. With
/// <see cref="Variable"/> set to a connection string of a PostgreSQL server where databases may be
/// created, the path names a PostgreSQL database instead: a fresh copy (CREATE DATABASE ... TEMPLATE)
/// of one database the seed was imported into once per test run, and the API runs with
/// Database:Provider=PostgreSQL. Tests about SQLite files themselves carry the trait
/// <see cref="SqliteFileTrait"/> and are left out of that run.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "PLANDATA_TEST_POSTGRES";

    /// <summary>[Trait("Database", "SqliteFile")]: the test is about SQLite files (swapped, damaged, interrupted, pooled per version).</summary>
    public const string SqliteFileTrait = "SqliteFile";

    /// <summary>[Trait("Database", "PostgreSQL")]: the test needs the PostgreSQL server, and runs only in that pass.</summary>
    public const string PostgresTrait = "PostgreSQL";

    private static readonly Lazy<string> _template = new(CreateTemplate);
    private static readonly Lock _creating = new();

    /// <summary>The server's connection string, or null when the tests run on SQLite.</summary>
    public static string? Server => System.Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => Server is not null;

    /// <summary>The PostgreSQL database standing for <paramref name="path"/>, created from the seeded template on first use.</summary>
    public static string ConnectionString(string path)
    {
        var name = NameOf(path);
        lock (_creating)
        {
            using var connection = Admin();
            using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @name)", connection);
            exists.Parameters.AddWithValue("name", name);
            if (!(bool)exists.ExecuteScalar()!)
            {
                Execute(connection, $"CREATE DATABASE \"{name}\" TEMPLATE \"{_template.Value}\"");
            }
        }

        return Database(name);
    }

    /// <summary>A new database for <paramref name="path"/> with nothing in it (no schema, no data).</summary>
    public static string EmptyConnectionString(string path)
    {
        using (var connection = Admin())
        {
            Execute(connection, $"CREATE DATABASE \"{NameOf(path)}\" TEMPLATE template0");
        }

        return Database(NameOf(path));
    }

    /// <summary>The server this run's PostgreSQL pass uses; a test marked <see cref="PostgresTrait"/> fails at once without one.</summary>
    public static string RequiredServer => Server ?? throw new InvalidOperationException($"This test needs a PostgreSQL server: run tests/run, or set {Variable} to a connection string of one where databases may be created.");

    /// <summary>The settings that point an API at the data for <paramref name="path"/> (keys as in appsettings.json).</summary>
    public static IReadOnlyDictionary<string, string> Settings(string path) => IsPostgres
        ? new Dictionary<string, string> { ["Database:Provider"] = "PostgreSQL", ["Database:ConnectionString"] = ConnectionString(path) }
        : new Dictionary<string, string> { ["Database:Path"] = path };

    /// <summary>The same as environment variables, for an API started as a process.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Environment(string path) =>
        Settings(path).Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value));

    public static void Use(IWebHostBuilder builder, string path)
    {
        foreach (var (key, value) in Settings(path))
        {
            builder.UseSetting(key, value);
        }

        // Every in-process API of the tests answers each query on the executor and checks the compiled plan's bytes against it:
        // the whole suite is the differential test of the compiler. A factory that tests the modes themselves sets its own.
        builder.UseSetting("GraphQL:CompiledOperations", "Verify");
    }

    /// <summary>
    /// A test API over a database a fixture built at <paramref name="path"/>: never filled from the seed, and with
    /// rate limiting, the caches and the warm-up off, so that each request is answered from the data, as it is.
    /// </summary>
    public static void UseBuilt(IWebHostBuilder builder, string path)
    {
        builder.UseEnvironment("Testing");
        Use(builder, path);
        builder.UseSetting("Database:CreateFromSeed", "false");
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.UseSetting("GraphQL:ResponseCache:Enabled", "false");
        builder.UseSetting("GraphQL:CountCache:Enabled", "false");
        builder.UseSetting("GraphQL:WarmUp:Enabled", "false");
    }

    /// <summary>Removes the file, or the PostgreSQL database, of <paramref name="path"/>.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        File.Delete(VerifiedDatabase.NotePath(path));
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = Admin();
            Execute(connection, $"DROP DATABASE IF EXISTS \"{NameOf(path)}\" WITH (FORCE)");
        }
    }

    /// <summary>A fingerprint of the data: changes whenever any row does.</summary>
    public static string Fingerprint(string path)
    {
        if (!IsPostgres)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return Convert.ToHexString(SHA256.HashData(file));
        }

        using var connection = new NpgsqlConnection(ConnectionString(path));
        connection.Open();
        var tables = new List<string>();
        using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name", connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var all = new StringBuilder();
        foreach (var table in tables)
        {
            using var rows = new NpgsqlCommand($"SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM \"{table}\" AS t", connection);
            all.Append(table).Append('\n').Append((string)rows.ExecuteScalar()!).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }

    /// <summary>One name per path: the file name's letters and digits and a hash of the whole path.</summary>
    private static string NameOf(string path)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path))))[..12];
        return $"plan_test_{hash}";
    }

    /// <summary>The seed imported once per run into a database of its own, that each test's database copies.</summary>
    private static string CreateTemplate()
    {
        var name = $"plan_seed_{System.Environment.ProcessId}";
        using (var connection = Admin())
        {
            Execute(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }

        var outcome = SeedImport.ImportAsync(DatabaseTarget.Postgres(Database(name)), RepositoryPaths.Seed).GetAwaiter().GetResult();
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"The seed did not import into PostgreSQL: {string.Join("\n", outcome.Reports)}");
        }

        // CREATE DATABASE ... TEMPLATE needs the template to have no connections, pooled ones included.
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            using var connection = Admin();
            Execute(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        };
        return name;
    }

    private static string Database(string name) => new NpgsqlConnectionStringBuilder(RequiredServer) { Database = name }.ConnectionString;

    /// <summary>A connection to the server's own database, for creating and dropping the tests' ones.</summary>
    public static NpgsqlConnection Admin()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(RequiredServer) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
