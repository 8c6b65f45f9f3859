namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>A test of several web nodes sharing one database, which only PostgreSQL serves (SQLite is one file on one
/// node): it runs in the suite on PostgreSQL and is reported as skipped on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
            Skip = "Several nodes share one database on PostgreSQL only; this suite runs on SQLite.";
    }
}
