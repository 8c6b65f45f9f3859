using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The "Database" configuration section. With nothing set, an embedded SQLite file is used.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The SQLite file, relative to the content root unless absolute.</summary>
    public string SqlitePath { get; set; } = "data/care-commissioning.db";

    /// <summary>An Npgsql connection string; required for PostgreSQL, from the environment, never from the
    /// repository.</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult(
                "Database:ConnectionString is required when Database:Provider is Postgres.",
                [nameof(ConnectionString)]
            );
        if (Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(SqlitePath))
            yield return new ValidationResult(
                "Database:SqlitePath is required when Database:Provider is Sqlite.",
                [nameof(SqlitePath)]
            );
    }

    /// <summary>The section as the services' registration needs it. A value that cannot be read (an unknown provider)
    /// gives the defaults here; the start is then refused with the setting named when the options are bound
    /// (<c>Startup.ConfigurationIsValid</c>), before anything touches a database.</summary>
    public static DatabaseOptions ReadForRegistration(IConfiguration config)
    {
        try
        {
            return config.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        }
        catch (InvalidOperationException)
        {
            return new DatabaseOptions();
        }
    }

    public string SqliteFullPath(string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, SqlitePath));
}
