using CareCommissioning.Web.Api;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Pages.Stakeholders;
using CareCommissioning.Web.Pages.Stakeholders.Api;

namespace CareCommissioning.Benchmarks;

/// <summary>
/// The yardsticks of the API load run, each with no middleware, authentication or logging:
/// <list type="bullet">
/// <item><c>/ping</c>, the smallest minimal-API endpoint, returning a small JSON object;</item>
/// <item><c>/stakeholders/{id}</c>, only with <c>--stakeholder-read</c> (the database from <c>Database__*</c>, as the
/// app's), the product's by-id read alone: the same row read through the app's pooled EF context with the product's
/// own compiled query (<c>StakeholderAccess.ById</c>) and written as the same JSON. What the product takes beyond it
/// is its own pipeline: authentication, authorisation, middleware, logging.</item>
/// </list>
/// </summary>
public static class BaselineServer
{
    private const string StakeholderRead = "--stakeholder-read";

    public static async Task<int> RunAsync(string[] args)
    {
        // Opt-in: the app's appsettings.json sits beside this tool, and start-up's yardstick must stay bare.
        var read = args.Contains(StakeholderRead);
        var builder = WebApplication.CreateSlimBuilder(args.Where(a => a != StakeholderRead).ToArray());
        builder.Logging.ClearProviders();
        if (read)
        {
            var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()
                ?? new DatabaseOptions();
            builder.Services.AddAppDatabase(database, builder.Environment.ContentRootPath);
            builder.Services.ConfigureHttpJsonOptions(o => ApiJsonOptions.Configure(o.SerializerOptions));
        }
        var app = builder.Build();
        app.MapGet("/ping", () =>
            TypedResults.Ok(new { id = "00000000-0000-0000-0000-000000000000", name = "baseline" })
        );
        if (read)
            app.MapGet("/stakeholders/{id:guid}", async (Guid id, AppDbContext db) =>
                await StakeholderAccess.ById(db, id) is { } s
                    ? Results.Ok(StakeholderResponse.From(s))
                    : Results.NotFound()
            );
        await app.RunAsync();
        return 0;
    }
}
