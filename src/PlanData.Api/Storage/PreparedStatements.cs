using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace PlanData.Api.Storage;

/// <summary>
/// Keeps each SQLite connection's prepared statements: a statement EF Core sends again on a connection runs the command
/// prepared the first time (SQLite parses and plans it once), with this execution's parameter values. The connections stay
/// open for their version of the file (<see cref="DatabaseVersion"/>), so a statement is prepared once per connection, not per
/// request; closing a connection disposes its statements. Without it, preparing took most of SQLite's share of an uncached request.
/// </summary>
public sealed class PreparedStatements(IOptions<DatabaseOptions> options) : DbCommandInterceptor
{
    /// <summary>Statements kept per connection; the least recently used go when one more is needed.</summary>
    public const int PerConnection = 64;

    /// <summary>The characters of SQL kept per connection; a longer statement (a client's huge filter) is not kept at all.</summary>
    public const int CharactersPerConnection = 128 * 1024;

    public const int LongestKept = 16 * 1024;

    private readonly ConditionalWeakTable<SqliteConnection, StatementCache> _caches = [];
    private readonly bool _enabled = options.Value.KeepPreparedStatements;
    private long _reused;

    /// <summary>How many executions ran a statement that was kept, since the start.</summary>
    public long Reused => Interlocked.Read(ref _reused);

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (!_enabled || result is not SqliteCommand { Connection: { State: System.Data.ConnectionState.Open } connection } command || command.CommandText.Length > LongestKept)
        {
            return result;
        }

        var (reused, wasKept) = _caches.GetValue(connection, c => new StatementCache(c)).Reuse(command);
        if (wasKept)
        {
            Interlocked.Increment(ref _reused);
        }

        return reused ?? result;
    }

    /// <summary>One connection's statements, used by one request at a time (a connection is rented to one request).</summary>
    private sealed class StatementCache(SqliteConnection connection)
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, LinkedListNode<KeptStatement>> _byText = new(StringComparer.Ordinal);
        private readonly LinkedList<KeptStatement> _recent = new();
        private int _characters;

        /// <summary>
        /// The kept statement for <paramref name="command"/>'s text with its parameters (null when that statement is in use), and
        /// whether it was kept before (prepared by an earlier execution).
        /// </summary>
        public (DbCommand? Command, bool WasKept) Reuse(SqliteCommand command)
        {
            KeptStatement kept;
            bool wasKept;
            lock (_lock)
            {
                wasKept = _byText.TryGetValue(command.CommandText, out var node);
                if (wasKept)
                {
                    _recent.Remove(node!);
                }
                else
                {
                    while ((_byText.Count >= PerConnection || _characters + command.CommandText.Length > CharactersPerConnection)
                           && _recent.Last is { Value.InUse: false } oldest)
                    {
                        _recent.RemoveLast();
                        _byText.Remove(oldest.Value.Command.CommandText);
                        _characters -= oldest.Value.Command.CommandText.Length;
                        oldest.Value.Command.Dispose();
                    }

                    var prepared = connection.CreateCommand();
                    prepared.CommandText = command.CommandText;
                    node = new LinkedListNode<KeptStatement>(new KeptStatement(prepared));
                    _byText[command.CommandText] = node;
                    _characters += command.CommandText.Length;
                }

                _recent.AddFirst(node!);
                kept = node!.Value;
                if (kept.InUse)
                {
                    return (null, false);
                }

                kept.InUse = true;
            }

            // EF Core's parameters move over as they are: their types and sizes decide how values are bound.
            var target = kept.Command;
            var parameters = command.Parameters.Cast<SqliteParameter>().ToArray();
            command.Parameters.Clear();
            target.Parameters.Clear();
            target.Parameters.AddRange(parameters);

            target.CommandTimeout = command.CommandTimeout;
            target.Transaction = command.Transaction;
            command.Dispose();
            return (new ReusedCommand(kept), wasKept);
        }
    }

    private sealed class KeptStatement(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public bool InUse { get; set; }
    }

    /// <summary>
    /// The command EF Core runs and disposes: disposing it gives the kept statement back instead of finalizing it. An
    /// interceptor that rewrites the text gets a command of its own for that text, which is not kept.
    /// </summary>
    private sealed class ReusedCommand(KeptStatement kept) : DbCommand
    {
        private SqliteCommand? _rewritten;

        private SqliteCommand Inner => _rewritten ?? kept.Command;

        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string CommandText
        {
            get => Inner.CommandText;
            set
            {
                if (value == Inner.CommandText)
                {
                    return;
                }

                var rewritten = Inner.Connection!.CreateCommand();
                rewritten.CommandText = value;
                rewritten.CommandTimeout = Inner.CommandTimeout;
                rewritten.Transaction = Inner.Transaction;
                var parameters = Inner.Parameters.Cast<SqliteParameter>().ToArray();
                Inner.Parameters.Clear();
                rewritten.Parameters.AddRange(parameters);
                _rewritten?.Dispose();
                _rewritten = rewritten;
            }
        }

        public override int CommandTimeout { get => Inner.CommandTimeout; set => Inner.CommandTimeout = value; }

        public override System.Data.CommandType CommandType { get => Inner.CommandType; set => Inner.CommandType = value; }

        public override bool DesignTimeVisible { get => Inner.DesignTimeVisible; set => Inner.DesignTimeVisible = value; }

        public override System.Data.UpdateRowSource UpdatedRowSource { get => Inner.UpdatedRowSource; set => Inner.UpdatedRowSource = value; }

        protected override DbConnection? DbConnection { get => Inner.Connection; set => throw new InvalidOperationException("A kept statement stays on its connection."); }

        protected override DbParameterCollection DbParameterCollection => Inner.Parameters;

        protected override DbTransaction? DbTransaction { get => Inner.Transaction; set => Inner.Transaction = (SqliteTransaction?)value; }

        public override void Cancel() => Inner.Cancel();

        public override int ExecuteNonQuery() => Inner.ExecuteNonQuery();

        public override object? ExecuteScalar() => Inner.ExecuteScalar();

        public override void Prepare() => Inner.Prepare();

        protected override DbParameter CreateDbParameter() => Inner.CreateParameter();

        protected override DbDataReader ExecuteDbDataReader(System.Data.CommandBehavior behavior) => Inner.ExecuteReader(behavior);

        protected override void Dispose(bool disposing)
        {
            _rewritten?.Dispose();
            _rewritten = null;

            // The values go with the execution: a kept statement holds no request's data.
            kept.Command.Parameters.Clear();
            kept.InUse = false;
            base.Dispose(disposing);
        }
    }
}
