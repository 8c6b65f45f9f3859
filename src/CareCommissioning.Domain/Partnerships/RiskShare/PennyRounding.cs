using System.Numerics;

namespace CareCommissioning.Domain.Partnerships.RiskShare;

/// <summary>
/// Rounds exact shares to whole pence once, at the edge, so that they still add up exactly to the total: the largest
/// remainder method. Each exact share is cut to whole pence towards zero; the pence this leaves over (fewer than the
/// number of shares) go one each to the shares whose cut-off fractions of a penny are largest; equal fractions go first
/// to the larger contribution, then to the partner listed first. No share moves by a penny or more from its exact
/// value, and a share that is exactly whole pence (a partner with nothing in has an exact share of £0) is never
/// changed.
/// </summary>
public static class PennyRounding
{
    /// <summary>The rule in the words the calculation reports it in.</summary>
    public const string Rule =
        "Shares are worked out exactly, then rounded once to the penny by the largest remainder method: each share is "
        + "cut to whole pence towards zero, and the pence this leaves over go one each to the shares with the largest "
        + "fractions cut off (equal fractions: the larger contribution first, then the partner listed first), so the "
        + "shares add up exactly to the variance.";

    /// <summary>
    /// Whole-pence shares of a total whose exact values, in pence, are <c>numerators[i] ÷ denominator</c>: each
    /// numerator 0 or more and together a whole number of pence times the denominator. <paramref name="tieBreak"/> (the
    /// contributions) settles equal fractions, larger first, then the earlier index. Also says which shares got a
    /// leftover penny, in the order they got it.
    /// </summary>
    public static (BigInteger[] Pence, IReadOnlyList<int> RoundedUp) LargestRemainder(
        IReadOnlyList<BigInteger> numerators,
        BigInteger denominator,
        IReadOnlyList<decimal> tieBreak
    )
    {
        if (denominator <= 0)
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must be more than 0.");
        if (numerators.Any(n => n < 0))
            throw new ArgumentOutOfRangeException(nameof(numerators), "Shares to round must be 0 or more.");
        if (tieBreak.Count != numerators.Count)
            throw new ArgumentException("Give one tie-break value for each share.", nameof(tieBreak));
        var sum = numerators.Aggregate(BigInteger.Zero, (a, n) => a + n);
        if (!(sum % denominator).IsZero)
            throw new ArgumentException("The shares must add up to a whole number of pence.", nameof(numerators));

        var pence = numerators.Select(n => BigInteger.Divide(n, denominator)).ToArray();
        var leftover = (int)(sum / denominator - pence.Aggregate(BigInteger.Zero, (a, p) => a + p));
        var roundedUp = Enumerable
            .Range(0, numerators.Count)
            .OrderByDescending(i => numerators[i] % denominator)
            .ThenByDescending(i => tieBreak[i])
            .ThenBy(i => i)
            .Take(leftover)
            .ToList();
        foreach (var i in roundedUp)
            pence[i]++;
        return (pence, roundedUp);
    }
}
