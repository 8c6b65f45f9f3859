using System.Data.Common;

namespace CareCommissioning.Web.Data;

/// <summary>
/// The few questions start-up asks the database, as plain SQL on the context's connection. Each is asked on every
/// start and almost always answered "nothing to do"; through LINQ, EF would first translate and compile each query,
/// which cold costs a tenth to half a second apiece (docs/performance.md). Identifiers are quoted the same way on
/// SQLite and PostgreSQL.
/// </summary>
internal static class StartupQueries
{
    /// <summary>The first column of the first row of <paramref name="sql"/>, or null when there is no row. Each of
    /// <paramref name="values"/> is bound to <c>@p0</c>, <c>@p1</c>…</summary>
    public static async Task<object?> ScalarAsync(
        AppDbContext db,
        string sql,
        CancellationToken ct = default,
        params object[] values
    )
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                parameter.Value = values[i];
                command.Parameters.Add(parameter);
            }
            var value = await command.ExecuteScalarAsync(ct);
            return value is DBNull ? null : value;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Whether <paramref name="sql"/>, a <c>SELECT EXISTS (…)</c>, is true: an integer on SQLite, a boolean on
    /// PostgreSQL.</summary>
    public static async Task<bool> ExistsAsync(
        AppDbContext db,
        string sql,
        CancellationToken ct = default,
        params object[] values
    ) => Convert.ToBoolean(await ScalarAsync(db, sql, ct, values), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first column of every row of <paramref name="sql"/> that is not null, read synchronously for
    /// callers that cannot wait (data protection's key repository).</summary>
    public static List<string> Strings(AppDbContext db, string sql)
    {
        var strings = new List<string>();
        db.Database.OpenConnection();
        try
        {
            using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(0))
                    strings.Add(reader.GetString(0));
            }
        }
        finally
        {
            db.Database.CloseConnection();
        }
        return strings;
    }
}
