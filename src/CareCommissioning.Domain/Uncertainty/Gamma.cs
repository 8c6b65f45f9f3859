namespace CareCommissioning.Domain.Uncertainty;

/// <summary>Samplers the distributions share: standard normal (Box–Muller) and gamma (Marsaglia–Tsang) for the beta in
/// PERT.</summary>
internal static class Gamma
{
    public static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double Sample(Random random, double shape)
    {
        if (shape < 1)
            return Sample(random, shape + 1) * Math.Pow(random.NextDouble(), 1.0 / shape);
        var d = shape - 1.0 / 3.0;
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x,
                v;
            do
            {
                x = StandardNormal(random);
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            var u = random.NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v)))
                return d * v;
        }
    }
}
