namespace CareCommissioning.Benchmarks;

/// <summary>
/// The yardstick of the API load run: the smallest minimal-API endpoint, returning a small JSON object, with no
/// middleware, authentication or database. The product endpoint is compared with it in the same run.
/// </summary>
public static class BaselineServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/ping", () =>
            TypedResults.Ok(new { id = "00000000-0000-0000-0000-000000000000", name = "baseline" })
        );
        await app.RunAsync();
        return 0;
    }
}
