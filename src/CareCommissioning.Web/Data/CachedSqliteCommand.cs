using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace CareCommissioning.Web.Data;

/// <summary>
/// The command EF is given on SQLite (<see cref="SqliteStatementCache"/>): it runs a <see cref="SqliteCommand"/>
/// borrowed from the connection's cache for its SQL, prepared by an earlier run when there was one, and on disposal
/// gives it back instead of finalising its statements. EF sets the SQL before anything else, then the transaction,
/// timeout and parameters, runs it once and disposes it after its reader.
/// </summary>
internal sealed class CachedSqliteCommand(SqliteConnection connection, ConnectionStatements cache) : DbCommand
{
    private SqliteCommand? _inner;
    private DbDataReader? _reader;
    private string _sql = string.Empty;

    private SqliteCommand Inner => _inner ??= cache.Rent(_sql);

    [AllowNull]
    public override string CommandText
    {
        get => _sql;
        set
        {
            if (_inner is not null)
                throw new InvalidOperationException("The SQL of a cached command is set once, before it runs.");
            _sql = value ?? string.Empty;
        }
    }

    public override int CommandTimeout
    {
        get => Inner.CommandTimeout;
        set => Inner.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
                throw new ArgumentException("SQLite runs text commands only.", nameof(value));
        }
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (!ReferenceEquals(value, connection))
                throw new InvalidOperationException("A cached command stays on the connection it was made for.");
        }
    }

    protected override DbParameterCollection DbParameterCollection => Inner.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => Inner.Transaction;
        set => Inner.Transaction = (SqliteTransaction?)value;
    }

    public override void Cancel() => Inner.Cancel();

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) =>
        _reader = Inner.ExecuteReader(behavior);

    public override int ExecuteNonQuery() => Inner.ExecuteNonQuery();

    public override object? ExecuteScalar() => Inner.ExecuteScalar();

    public override void Prepare() => Inner.Prepare();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _inner is not null)
        {
            // A reader left open still owns the statements: finalise them rather than share them.
            if (_reader is { IsClosed: false })
                _inner.Dispose();
            else
                cache.Return(_inner);
            _inner = null;
        }
        base.Dispose(disposing);
    }
}
