namespace CareCommissioning.Domain.Uncertainty;

/// <summary>A probability distribution an uncertain input is drawn from in a Monte Carlo run (METHODS §1.5).</summary>
public abstract record Distribution
{
    public abstract double Sample(Random random);

    /// <summary>A reason this distribution's parameters are not usable, or null when they are.</summary>
    public abstract string? Problem { get; }
}

/// <summary>Triangular: minimum, most likely, maximum.</summary>
public sealed record Triangular(double Min, double Mode, double Max) : Distribution
{
    public override string? Problem =>
        Min <= Mode && Mode <= Max && Min < Max
            ? null
            : "A triangular distribution needs minimum ≤ most likely ≤ maximum, with minimum below maximum.";

    public override double Sample(Random random)
    {
        var u = random.NextDouble();
        var f = (Mode - Min) / (Max - Min);
        return u < f
            ? Min + Math.Sqrt(u * (Max - Min) * (Mode - Min))
            : Max - Math.Sqrt((1 - u) * (Max - Min) * (Max - Mode));
    }
}

/// <summary>PERT (beta-PERT with λ = 4): minimum, most likely, maximum; smoother tails than triangular.</summary>
public sealed record Pert(double Min, double Mode, double Max) : Distribution
{
    public override string? Problem =>
        Min <= Mode && Mode <= Max && Min < Max
            ? null
            : "A PERT distribution needs minimum ≤ most likely ≤ maximum, with minimum below maximum.";

    public override double Sample(Random random)
    {
        var alpha = 1 + 4 * (Mode - Min) / (Max - Min);
        var beta = 1 + 4 * (Max - Mode) / (Max - Min);
        var x = Gamma.Sample(random, alpha);
        var y = Gamma.Sample(random, beta);
        return Min + (Max - Min) * x / (x + y);
    }
}

/// <summary>Normal: mean and standard deviation.</summary>
public sealed record Normal(double Mean, double StandardDeviation) : Distribution
{
    public override string? Problem =>
        StandardDeviation >= 0 ? null : "A normal distribution needs a standard deviation of zero or more.";

    public override double Sample(Random random) => Mean + StandardDeviation * Gamma.StandardNormal(random);
}

/// <summary>Uniform between minimum and maximum.</summary>
public sealed record Uniform(double Min, double Max) : Distribution
{
    public override string? Problem => Min <= Max ? null : "A uniform distribution needs minimum ≤ maximum.";

    public override double Sample(Random random) => Min + (Max - Min) * random.NextDouble();
}
