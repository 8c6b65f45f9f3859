using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareCommissioning.Web.Data;

internal static class KeptOpenSqliteConnections
{
    /// <summary>Each context keeps its SQLite connection open for its life (<see cref="KeptOpenSqliteConnection"/>).
    /// </summary>
    public static DbContextOptionsBuilder KeepConnectionsOpen(this DbContextOptionsBuilder options) =>
#pragma warning disable EF1001 // EF's own connection service, replaced by the subclass below.
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();
#pragma warning restore EF1001
}

/// <summary>
/// A pooled context's SQLite connection, opened at its first query and kept open until the context is disposed, not
/// closed after every query and every request. A SQLite connection is a file handle with no server behind it, so an
/// idle open one costs nothing, while each open from Microsoft.Data.Sqlite's pool registers EF's SQL functions again
/// and each close resets the native connection: together about a fifth of the API's by-id read in a profile. An open
/// connection outside a statement holds no lock and no snapshot, so writers and checkpoints are not held up.
/// Transactions are still ended by EF when it would have closed (and when the context goes back to the pool).
/// </summary>
#pragma warning disable EF1001 // SqliteRelationalConnection is EF's own; only the two close hooks are overridden.
internal sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger
) : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
#pragma warning restore EF1001
{
    private bool _disposing;

    /// <summary>Closed only when the context is disposed, or when the connection broke (EF closes a broken one before
    /// opening it again).</summary>
    private bool Closing => _disposing || DbConnection.State == System.Data.ConnectionState.Broken;

    protected override void CloseDbConnection()
    {
        if (Closing)
            base.CloseDbConnection();
    }

    protected override Task CloseDbConnectionAsync() => Closing ? base.CloseDbConnectionAsync() : Task.CompletedTask;

    protected override void ResetState(bool disposeDbConnection)
    {
        _disposing = disposeDbConnection;
        base.ResetState(disposeDbConnection);
    }

    protected override ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        _disposing = disposeDbConnection;
        return base.ResetStateAsync(disposeDbConnection);
    }
}
