namespace CareCommissioning.Web.Api.Calculations;

/// <summary>
/// At most half the processors (one on a two-core host) run anonymous Monte Carlo simulations at once, whoever asks:
/// the largest allowed costs about 1.7 s of processor time, so callers from many addresses could otherwise keep every
/// core busy. A caller waits up to <see cref="Wait"/> for a turn, then gets 429 with a time to retry.
/// </summary>
public sealed class SimulationGate(IConfiguration config) : IEndpointFilter
{
    private readonly SemaphoreSlim _turns = new(Math.Max(1, Environment.ProcessorCount / 2));

    public TimeSpan Wait { get; } = TimeSpan.FromSeconds(config.GetValue("Calculations:MonteCarloWaitSeconds", 10));

    /// <summary>Takes every turn, as a test does to see a busy service answer; dispose to give them back.</summary>
    internal async Task<IDisposable> HoldAllAsync()
    {
        var held = 0;
        while (await _turns.WaitAsync(TimeSpan.Zero))
            held++;
        return new Release(_turns, held);
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!await _turns.WaitAsync(Wait, context.HttpContext.RequestAborted))
        {
            context.HttpContext.Response.Headers.RetryAfter = "10";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "The simulation service is busy",
                detail: "Other simulations are running. Try again in 10 seconds."
            );
        }
        try
        {
            return await next(context);
        }
        finally
        {
            _turns.Release();
        }
    }

    private sealed class Release(SemaphoreSlim turns, int count) : IDisposable
    {
        public void Dispose()
        {
            if (count > 0)
                turns.Release(count);
        }
    }
}
