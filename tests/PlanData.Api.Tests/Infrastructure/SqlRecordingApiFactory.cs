using PlanData.Api.Storage;
using System.Collections;
using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Storage;

namespace PlanData.Api.Tests.Infrastructure;

/// <summary>
/// The real API in-process on its own database file built from seed/, recording every SQL statement
/// its requests send and how many rows each statement read, so that tests can prove what runs in SQL.
/// Not shared: a test class that writes to the database or counts statements owns its instance.
/// The response and count caches are off unless asked for (<see cref="With"/>): these tests are about
/// the SQL a query sends, which a repeated query answered from a cache would not send at all. So is the
/// background warm-up, whose statements would mix with the requests'.
/// </summary>
public sealed class SqlRecordingApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _settings = new()
    {
        ["GraphQL:ResponseCache:Enabled"] = "false",
        ["GraphQL:CountCache:Enabled"] = "false",
        ["GraphQL:WarmUp:Enabled"] = "false",

        // The executor's statements: a compiled plan's statements are those of CompiledOperationTests and bench/README.
        ["GraphQL:CompiledOperations"] = "Off",
    };

    public SqlRecordingApiFactory()
    {
    }

    private SqlRecordingApiFactory(IEnumerable<(string Key, string Value)> settings)
    {
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    /// <summary>With these settings over the defaults (e.g. a cache switched on).</summary>
    public static SqlRecordingApiFactory With(params (string Key, string Value)[] settings) => new(settings);

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"{Guid.NewGuid():N}.sqlite");

    public SqlLog Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        TestDatabase.Use(builder, DatabasePath);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.ConfigureDbContext<PlanDataContext>(options => options.AddInterceptors(Sql)));
    }

    /// <summary>A client; the first one starts the API, which builds the database file.</summary>
    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    /// <summary>A read-write context on the API's database, for changing data between requests.</summary>
    public PlanDataContext OpenWritableContext() => TestDatabase.IsPostgres
        ? DatabaseTarget.Postgres(TestDatabase.ConnectionString(DatabasePath)).OpenContext()
        : new(new DbContextOptionsBuilder<PlanDataContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString())
            .Options);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabase.Delete(DatabasePath);
    }

    /// <summary>The statements sent since the last <see cref="Clear"/>, with the rows each read.</summary>
    public sealed class SqlLog : DbCommandInterceptor
    {
        private readonly Lock _lock = new();
        private readonly List<Statement> _statements = [];

        public IReadOnlyList<Statement> Statements
        {
            get
            {
                lock (_lock)
                {
                    return [.. _statements];
                }
            }
        }

        public void Clear()
        {
            lock (_lock)
            {
                _statements.Clear();
            }
        }

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
            new CountingReader(result, Record(command));

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<DbDataReader>(new CountingReader(result, Record(command)));

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        private Statement Record(DbCommand command)
        {
            var statement = new Statement(command.CommandText);
            lock (_lock)
            {
                _statements.Add(statement);
            }

            return statement;
        }
    }

    /// <summary>One SQL command and the rows read from its result (counted as the reader advances).</summary>
    public sealed class Statement(string sql)
    {
        private int _rowsRead;

        public string Sql { get; } = sql;

        public int RowsRead => Volatile.Read(ref _rowsRead);

        internal void CountRow() => Interlocked.Increment(ref _rowsRead);

        public override string ToString() => $"{RowsRead} rows: {Sql}";
    }

    /// <summary>Passes everything to the provider's reader and counts the rows it yields.</summary>
    private sealed class CountingReader(DbDataReader inner, Statement statement) : DbDataReader
    {
        public override object this[int ordinal] => inner[ordinal];

        public override object this[string name] => inner[name];

        public override int Depth => inner.Depth;

        public override int FieldCount => inner.FieldCount;

        public override bool HasRows => inner.HasRows;

        public override bool IsClosed => inner.IsClosed;

        public override int RecordsAffected => inner.RecordsAffected;

        public override int VisibleFieldCount => inner.VisibleFieldCount;

        public override bool Read()
        {
            var read = inner.Read();
            if (read)
            {
                statement.CountRow();
            }

            return read;
        }

        public override async Task<bool> ReadAsync(CancellationToken cancellationToken)
        {
            var read = await inner.ReadAsync(cancellationToken);
            if (read)
            {
                statement.CountRow();
            }

            return read;
        }

        public override bool NextResult() => inner.NextResult();

        public override Task<bool> NextResultAsync(CancellationToken cancellationToken) => inner.NextResultAsync(cancellationToken);

        public override bool GetBoolean(int ordinal) => inner.GetBoolean(ordinal);

        public override byte GetByte(int ordinal) => inner.GetByte(ordinal);

        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

        public override char GetChar(int ordinal) => inner.GetChar(ordinal);

        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);

        public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);

        public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);

        public override decimal GetDecimal(int ordinal) => inner.GetDecimal(ordinal);

        public override double GetDouble(int ordinal) => inner.GetDouble(ordinal);

        public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal);

        public override float GetFloat(int ordinal) => inner.GetFloat(ordinal);

        public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);

        public override short GetInt16(int ordinal) => inner.GetInt16(ordinal);

        public override int GetInt32(int ordinal) => inner.GetInt32(ordinal);

        public override long GetInt64(int ordinal) => inner.GetInt64(ordinal);

        public override string GetName(int ordinal) => inner.GetName(ordinal);

        public override int GetOrdinal(string name) => inner.GetOrdinal(name);

        public override string GetString(int ordinal) => inner.GetString(ordinal);

        public override object GetValue(int ordinal) => inner.GetValue(ordinal);

        public override int GetValues(object[] values) => inner.GetValues(values);

        public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);

        public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken cancellationToken) => inner.IsDBNullAsync(ordinal, cancellationToken);

        // The provider converts dates and other types itself; the base implementation would cast GetValue.
        public override T GetFieldValue<T>(int ordinal) => inner.GetFieldValue<T>(ordinal);

        public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken cancellationToken) => inner.GetFieldValueAsync<T>(ordinal, cancellationToken);

        public override Stream GetStream(int ordinal) => inner.GetStream(ordinal);

        public override TextReader GetTextReader(int ordinal) => inner.GetTextReader(ordinal);

        public override DataTable? GetSchemaTable() => inner.GetSchemaTable();

        public override IEnumerator GetEnumerator() => new DbEnumerator(this);

        public override void Close() => inner.Close();

        public override Task CloseAsync() => inner.CloseAsync();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public override ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
