using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Data;

/// <summary>
/// Settings SQLite keeps per connection, applied once to each connection the pool opens: the pool hands the same
/// native connection to many opens, and running the statement on every one cost each request its own round.
/// Memory-mapped reads let a scan of an index read the pages the operating system already caches instead of copying
/// each one through a read() call; at county scale that is about a tenth off the list's counts. 1 GiB of address space,
/// not of memory.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA mmap_size = 1073741824;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Apply(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>The native connections already set; they are dropped from here when the pool lets them go.</summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Set = [];

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } native } && Set.TryGetValue(native, out _))
            return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        if (connection is SqliteConnection { Handle: { } opened })
            Set.TryAdd(opened, Set);
    }
}
