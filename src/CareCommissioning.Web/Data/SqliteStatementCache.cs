using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Data;

/// <summary>
/// Keeps the SQL statements EF runs prepared on each SQLite connection, so a statement run again is bound and stepped,
/// not parsed and planned again (docs/decisions/0025). Microsoft.Data.Sqlite keeps a statement prepared only for the
/// life of one <see cref="SqliteCommand"/>, and EF makes a new command for every query, so without this SQLite
/// compiles the same SQL on every request: a third of the by-id read's time in the database. EF gets a
/// <see cref="CachedSqliteCommand"/>, which borrows a prepared command for its SQL from the connection's cache and
/// gives it back when EF disposes it.
/// </summary>
internal sealed class SqliteStatementCache : DbCommandInterceptor
{
    /// <summary>Statements kept per connection. Enough for every query a page or endpoint runs, while a connection's
    /// prepared statements stay a few megabytes at most.</summary>
    public const int PerConnection = 64;

    private static readonly ConditionalWeakTable<SqliteConnection, ConnectionStatements> Caches = [];

    /// <summary>How many prepared commands <paramref name="connection"/> keeps for reuse now.</summary>
    internal static int Kept(SqliteConnection connection) => Caches.TryGetValue(connection, out var c) ? c.Count : 0;

    public override InterceptionResult<DbCommand> CommandCreating(
        CommandCorrelatedEventData eventData,
        InterceptionResult<DbCommand> result
    ) =>
        eventData.Connection is SqliteConnection connection
            ? InterceptionResult<DbCommand>.SuppressWithResult(
                new CachedSqliteCommand(connection, Caches.GetValue(connection, c => new ConnectionStatements(c)))
            )
            : result;
}

/// <summary>One connection's prepared commands by SQL, least recently used first out. A connection serves one context
/// at a time, so this needs no lock; a command in use is out of the cache, so two readers open at once on one
/// connection each get their own.</summary>
internal sealed class ConnectionStatements
{
    private readonly LinkedList<SqliteCommand> _free = new();
    private readonly SqliteConnection _connection;

    public ConnectionStatements(SqliteConnection connection)
    {
        _connection = connection;
        // Closing a connection finalises its statements; what is cached then would only prepare again, so let it go.
        connection.StateChange += (_, e) =>
        {
            if (e.CurrentState != ConnectionState.Open)
                Clear();
        };
    }

    public int Count => _free.Count;

    public SqliteCommand Rent(string sql)
    {
        for (var node = _free.Last; node is not null; node = node.Previous)
            if (ReferenceEquals(node.Value.CommandText, sql) || node.Value.CommandText == sql)
            {
                _free.Remove(node);
                return node.Value;
            }
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        if (_connection.State != ConnectionState.Open)
        {
            command.Dispose();
            return;
        }
        _free.AddLast(command);
        if (_free.Count > SqliteStatementCache.PerConnection)
        {
            var oldest = _free.First!.Value;
            _free.RemoveFirst();
            oldest.Dispose();
        }
    }

    private void Clear()
    {
        foreach (var command in _free)
            command.Dispose();
        _free.Clear();
    }
}
