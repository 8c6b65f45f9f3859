using CareCommissioning.Web.Api;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Pages.Stakeholders.Api;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Benchmarks;

/// <summary>
/// The yardsticks of the API load run, each with no middleware, authentication or logging:
/// <list type="bullet">
/// <item><c>/ping</c>, the smallest minimal-API endpoint, returning a small JSON object;</item>
/// <item><c>/stakeholders/{id}</c> (when a database is configured, <c>Database__*</c>), the product's by-id read alone:
/// the same row read through the app's pooled EF context and written as the same JSON. What the product takes beyond it
/// is its own pipeline: authentication, authorisation, middleware, logging.</item>
/// </list>
/// </summary>
public static class BaselineServer
{
    private static readonly Func<AppDbContext, Guid, Task<Domain.Stakeholders.Stakeholder?>> ById =
        EF.CompileAsyncQuery(
            (AppDbContext db, Guid id) => db.Stakeholders.AsNoTracking().FirstOrDefault(s => s.Id == id)
        );

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>();
        if (database is not null)
        {
            builder.Services.AddAppDatabase(database, builder.Environment.ContentRootPath);
            builder.Services.ConfigureHttpJsonOptions(o => ApiJsonOptions.Configure(o.SerializerOptions));
        }
        var app = builder.Build();
        app.MapGet("/ping", () =>
            TypedResults.Ok(new { id = "00000000-0000-0000-0000-000000000000", name = "baseline" })
        );
        if (database is not null)
            app.MapGet("/stakeholders/{id:guid}", async (Guid id, AppDbContext db) =>
                await ById(db, id) is { } s ? Results.Ok(StakeholderResponse.From(s)) : Results.NotFound()
            );
        await app.RunAsync();
        return 0;
    }
}
