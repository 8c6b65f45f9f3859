using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Data;

/// <summary>
/// Settings SQLite keeps per connection, applied each time one is opened (pooled connections included). Memory-mapped
/// reads let a scan of an index read the pages the operating system already caches instead of copying each one through
/// a read() call; at county scale that is about a tenth off the list's counts. 1 GiB of address space, not of memory.
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

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
