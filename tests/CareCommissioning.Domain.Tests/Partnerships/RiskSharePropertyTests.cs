using CareCommissioning.Domain.Partnerships.RiskShare;
using FsCheck.Xunit;

namespace CareCommissioning.Domain.Tests.Partnerships;

/// <summary>
/// Properties of the risk share over generated pools: up to six partners with contributions from nothing to about
/// £10m in pence (some of them nothing at all), any outturn from £0 to twice the pool, and caps from 0% to 100% in
/// steps of 0.25%.
/// </summary>
public sealed class RiskSharePropertyTests
{
    private static RiskShareContribution[] Partners(
        byte count,
        uint a,
        uint b,
        uint c,
        uint d,
        uint e,
        uint f,
        byte zeros
    )
    {
        uint[] raw = [a, b, c, d, e, f];
        var n = count % 6 + 1;
        var amounts = raw.Take(n).Select((x, i) => (zeros >> i & 1) == 1 ? 0m : x % 1_000_000_000u / 100m).ToArray();
        if (amounts.All(x => x == 0))
            amounts[0] = 0.01m;
        return [.. amounts.Select((x, i) => new RiskShareContribution($"Partner {i + 1}", x))];
    }

    private static decimal Outturn(RiskShareContribution[] partners, uint fraction) =>
        decimal.Round(partners.Sum(p => p.Amount) * (fraction % 20_001u) / 10_000m, 2);

    private static RiskShareRule Rule(byte kind, ushort cap, RiskShareContribution[] partners, bool carry)
    {
        var underspend = carry ? UnderspendTreatment.CarryForward : UnderspendTreatment.Return;
        if (kind % 2 == 0)
            return RiskShareRule.Proportional(underspend);
        // The host is a partner that contributes: the last one that does.
        var host = partners.Last(p => p.Amount > 0).Partner;
        return RiskShareRule.Capped(cap % 401 / 4m, host, underspend);
    }

    [Property(MaxTest = 300)]
    public bool Shares_AddUpToTheVariance_ToThePenny(
        byte count,
        uint a,
        uint b,
        uint c,
        uint d,
        uint e,
        uint f,
        byte zeros,
        uint fraction,
        byte kind,
        ushort cap,
        bool carry
    )
    {
        var partners = Partners(count, a, b, c, d, e, f, zeros);
        var r = RiskShareCalculator.Calculate(
            new(Rule(kind, cap, partners, carry), partners, Outturn(partners, fraction))
        );
        var total = r.Shares.Sum(s => s.Share);
        return r.Shares.All(s => s.Share == decimal.Round(s.Share, 2))
            && total - r.CarriedForward == r.Variance
            && (r.CarriedForward == 0 ? total == r.Variance : total == 0 && r.Variance == -r.CarriedForward);
    }

    [Property(MaxTest = 300)]
    public bool ZeroContribution_NeverPays_UnderProportionalAndCapped(
        byte count,
        uint a,
        uint b,
        uint c,
        uint d,
        uint e,
        uint f,
        byte zeros,
        uint fraction,
        byte kind,
        ushort cap
    )
    {
        var partners = Partners(count, a, b, c, d, e, f, zeros);
        var r = RiskShareCalculator.Calculate(
            new(Rule(kind, cap, partners, false), partners, Outturn(partners, fraction))
        );
        return r.Shares.Where(s => s.Contribution == 0).All(s => s.Share == 0);
    }

    [Property(MaxTest = 300)]
    public bool Rounding_MovesNoShareByAPennyOrMore_FromItsExactValue(
        byte count,
        uint a,
        uint b,
        uint c,
        uint d,
        uint e,
        uint f,
        byte zeros,
        uint fraction
    )
    {
        var partners = Partners(count, a, b, c, d, e, f, zeros);
        var r = RiskShareCalculator.Calculate(new(RiskShareRule.Proportional(), partners, Outturn(partners, fraction)));
        return r.Shares.All(s => Math.Abs(s.Share - r.Variance * s.Contribution / r.Pool) < 0.01m);
    }

    [Property(MaxTest = 300)]
    public bool Capped_NoPartnerButTheHostPaysMoreThanItsProRataShareOfTheCap(
        byte count,
        uint a,
        uint b,
        uint c,
        uint d,
        uint e,
        uint f,
        byte zeros,
        uint fraction,
        ushort cap
    )
    {
        var partners = Partners(count, a, b, c, d, e, f, zeros);
        var rule = Rule(1, cap, partners, false);
        var r = RiskShareCalculator.Calculate(new(rule, partners, Outturn(partners, fraction)));
        var capAmount = r.Pool * rule.CapPercent!.Value / 100m;
        // Its exact pro-rata share of the cap, which the single rounding may raise to the next penny at most.
        return r
            .Shares.Where(s => s.Partner != rule.CapExcessTo)
            .All(s => s.Share <= Math.Ceiling(capAmount * s.Contribution / r.Pool * 100m) / 100m);
    }

    [Property(MaxTest = 200)]
    public bool OwnSchemes_SharesAreTheLedSchemesVariances_AndAddUp(
        uint b1,
        uint s1,
        uint b2,
        uint s2,
        uint s3,
        byte lead
    )
    {
        RiskShareScheme[] schemes =
        [
            new("One", "Council", b1 % 100_000_000u / 100m, s1 % 100_000_000u / 100m),
            new("Two", lead % 2 == 0 ? "Council" : "ICB", b2 % 100_000_000u / 100m, s2 % 100_000_000u / 100m),
            new("Three", "ICB", 1m, s3 % 100_000_000u / 100m),
        ];
        var pool = schemes.Sum(s => s.Budget);
        RiskShareContribution[] partners = [new("Council", pool - 1m), new("ICB", 1m)];
        var r = RiskShareCalculator.Calculate(new(RiskShareRule.OwnSchemes(), partners, null, schemes));
        var council = schemes.Where(s => s.LeadPartner == "Council").Sum(s => s.Spend - s.Budget);
        return r.Shares.Sum(s => s.Share) == r.Variance
            && r.Variance == schemes.Sum(s => s.Spend - s.Budget)
            && r.Shares[0].Share == council;
    }
}
