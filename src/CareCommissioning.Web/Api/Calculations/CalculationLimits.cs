namespace CareCommissioning.Web.Api.Calculations;

/// <summary>Bounds on the work one anonymous calculation request can ask for; beyond them the request is refused with a
/// 400.</summary>
public static class CalculationLimits
{
    public const int MaxYear = 200;
    public const double MaxAmount = 1e12;
    public const int MaxFlows = 1_000;
    public const int MaxOptions = 20;
    public const int MaxCriteria = 50;
    public const int MaxIterations = 100_000;

    /// <summary>Iterations × uncertain amounts: about a quarter of a second of work at most.</summary>
    public const long MaxDraws = 5_000_000;
    public const string RateLimitPolicy = "calculations";
    public const int RequestsPerMinute = 120;

    /// <summary>Monte Carlo costs up to about 1.7 s of processor time a request, so each client may ask for fewer of
    /// them (and <see cref="SimulationGate"/> bounds how many run at once).</summary>
    public const string MonteCarloRateLimitPolicy = "monte-carlo";
    public const int MonteCarloPerMinute = 20;
}
