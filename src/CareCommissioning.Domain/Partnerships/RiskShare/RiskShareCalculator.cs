using System.Globalization;
using System.Numerics;

namespace CareCommissioning.Domain.Partnerships.RiskShare;

/// <summary>
/// Shares a pooled budget's year-end variance among its partners by the agreed rule (METHODS §6.2 and worked example
/// C of §9; PB-P2, PB-P6). The variance is outturn − pool, where the pool is the sum of the contributions: positive is
/// an overspend. <see cref="RiskShareMethod.Proportional"/> gives each partner variance × contribution ÷ pool;
/// <see cref="RiskShareMethod.Capped"/> shares pro rata at most the cap (cap percent × pool ÷ 100) and gives the
/// overspend above it to the named partner; <see cref="RiskShareMethod.OwnSchemes"/> gives each partner the variances
/// of the schemes it leads. An underspend is returned by the same rule (pro rata, without a cap, under proportional and
/// capped) or carried forward, when no partner gets a share.
/// <para>
/// Money rules (DESIGN §5): the working is exact, in whole pence as integers (amounts have at most 2 decimal places,
/// the cap percentage is taken as the exact fraction it is), and each share is rounded once, at the end, by
/// <see cref="PennyRounding"/>: cut to whole pence towards zero, the pence left over one each to the largest
/// remainders, ties to the larger contribution and then the partner listed first. So the shares add up to the variance
/// exactly, and a partner with nothing in never pays under the proportional and capped rules.
/// </para>
/// </summary>
public static class RiskShareCalculator
{
    public const int MaxPartners = 50;
    public const int MaxSchemes = 200;
    public const int NameMaxLength = 200;
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>
    /// The rules a request breaks, each under the field it belongs to, named as in the request (for example
    /// <c>Contributions[1].Amount</c>, <c>CapExcessTo</c>); none when <see cref="Calculate"/> can answer it.
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(RiskShareRequest r)
    {
        var errors = new FieldErrors();
        var rule = r.Rule;
        var method = rule.Method;
        errors.When(
            !Enum.IsDefined(method),
            nameof(r.Rule),
            "Choose how the variance is shared: proportional, own schemes or capped"
        );
        errors.When(
            !Enum.IsDefined(rule.Underspend),
            nameof(rule.Underspend),
            "Choose what happens to an underspend: returned to the partners or carried forward"
        );

        var partners = ValidateContributions(r.Contributions ?? [], errors);

        if (method == RiskShareMethod.OwnSchemes)
            ValidateSchemes(r, partners, errors);
        else
        {
            if (
                !errors.When(r.Outturn is null, nameof(r.Outturn), "Enter the outturn: what the pool spent in the year")
            )
                Money(errors, nameof(r.Outturn), r.Outturn!.Value, "The outturn");
            errors.When(
                r.Schemes is { Count: > 0 },
                nameof(r.Schemes),
                "Only the own schemes rule uses schemes: leave them out, or choose own schemes"
            );
        }

        if (method == RiskShareMethod.Capped)
            ValidateCap(r, errors);
        else
        {
            errors.When(
                rule.CapPercent is not null,
                nameof(rule.CapPercent),
                "Only the capped rule has a cap: leave the cap out, or choose capped"
            );
            errors.When(
                rule.CapExcessTo is not null,
                nameof(rule.CapExcessTo),
                "Only the capped rule has a partner taking the overspend above a cap: leave it out, or choose capped"
            );
        }
        return errors;
    }

    /// <summary>The partners' shares of the variance; throws <see cref="ArgumentException"/> when the request breaks a
    /// rule of <see cref="Validate"/>, so check it first.</summary>
    public static RiskShareResult Calculate(RiskShareRequest r)
    {
        var errors = Validate(r);
        if (errors.Count > 0)
            throw new ArgumentException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")), nameof(r));

        var contributions = r.Contributions.Select(c => Pence(c.Amount)).ToArray();
        var pool = Sum(contributions);
        var variance =
            r.Rule.Method == RiskShareMethod.OwnSchemes
                ? Sum(r.Schemes!.Select(s => Pence(s.Spend) - Pence(s.Budget)))
                : Pence(r.Outturn!.Value) - pool;
        var direction = variance.Sign switch
        {
            > 0 => PoolVarianceDirection.Overspend,
            < 0 => PoolVarianceDirection.Underspend,
            _ => PoolVarianceDirection.OnBudget,
        };

        var carriedForward = BigInteger.Zero;
        (BigInteger[] Pence, string[] Working, string Rounding) shares;
        if (variance.IsZero)
            shares = Nothing(r, "The pool is on budget: there is nothing to share.");
        else if (variance < 0 && r.Rule.Underspend == UnderspendTreatment.CarryForward)
        {
            carriedForward = -variance;
            shares = Nothing(
                r,
                $"Nothing returned: the {MoneyText.InText(Pounds(-variance))} underspend is carried forward in the pool."
            );
        }
        else if (r.Rule.Method == RiskShareMethod.OwnSchemes)
            shares = OwnSchemes(r);
        else if (r.Rule.Method == RiskShareMethod.Capped && variance > 0)
            shares = Capped(r, contributions, pool, variance);
        else
            shares = Proportional(r, contributions, pool, variance);

        return new RiskShareResult(
            Pounds(pool),
            Pounds(pool + variance),
            Pounds(variance),
            direction,
            r.Contributions.Select(
                    (c, i) =>
                        new PartnerRiskShare(c.Partner.Trim(), c.Amount, Pounds(shares.Pence[i]), shares.Working[i])
                )
                .ToList(),
            Pounds(carriedForward),
            shares.Rounding
        );
    }

    private static (BigInteger[], string[], string) Nothing(RiskShareRequest r, string working) =>
        (
            r.Contributions.Select(_ => BigInteger.Zero).ToArray(),
            r.Contributions.Select(_ => working).ToArray(),
            "Nothing is shared, so nothing is rounded."
        );

    private static (BigInteger[], string[], string) Proportional(
        RiskShareRequest r,
        BigInteger[] contributions,
        BigInteger pool,
        BigInteger variance
    )
    {
        var size = BigInteger.Abs(variance);
        var (pence, roundedUp) = PennyRounding.LargestRemainder(
            contributions.Select(c => size * c).ToList(),
            pool,
            r.Contributions.Select(c => c.Amount).ToList()
        );
        var what =
            variance > 0
                ? $"the {MoneyText.InText(Pounds(size))} overspend"
                : $"the {MoneyText.InText(Pounds(size))} underspend";
        var working = contributions
            .Select(c =>
                c.IsZero
                    ? variance > 0
                        ? $"Contributed nothing, so bears none of {what}."
                        : $"Contributed nothing, so gets none of {what} back."
                    : $"{Percent(c, pool)} of {what}{(variance > 0 ? "" : " returned")} ({Contributed(c, pool)})."
            )
            .ToArray();
        return (pence.Select(p => variance.Sign * p).ToArray(), working, Rounded(r, roundedUp));
    }

    private static (BigInteger[], string[], string) Capped(
        RiskShareRequest r,
        BigInteger[] contributions,
        BigInteger pool,
        BigInteger overspend
    )
    {
        var host = IndexOf(r.Contributions, r.Rule.CapExcessTo!);
        var (percent, scale) = Exact(r.Rule.CapPercent!.Value);
        // The cap in pence is capNumerator ÷ capDenominator, exactly.
        var capNumerator = pool * percent;
        var capDenominator = 100 * scale;
        var capText =
            $"{r.Rule.CapPercent.Value.ToString("0.############################", CultureInfo.InvariantCulture)}%";
        var cap = MoneyText.InText(Pounds(capNumerator, capDenominator));
        if (overspend * capDenominator <= capNumerator)
        {
            var within = Proportional(r, contributions, pool, overspend);
            for (var i = 0; i < contributions.Length; i++)
                if (!contributions[i].IsZero)
                    within.Item2[i] =
                        within.Item2[i].TrimEnd('.') + $"; the overspend is within the {capText} cap ({cap}).";
            return within;
        }

        // Pro rata up to the cap, and the host takes the rest: over the common denominator capDenominator × pool.
        var excess = overspend * capDenominator - capNumerator;
        var numerators = contributions
            .Select((c, i) => capNumerator * c + (i == host ? excess * pool : BigInteger.Zero))
            .ToList();
        var (pence, roundedUp) = PennyRounding.LargestRemainder(
            numerators,
            capDenominator * pool,
            r.Contributions.Select(c => c.Amount).ToList()
        );
        var shared = $"the {cap} shared up to the {capText} cap";
        var working = contributions
            .Select(
                (c, i) =>
                    (
                        c.IsZero
                            ? $"Contributed nothing, so bears none of {shared}"
                            : $"{Percent(c, pool)} of {shared} ({Contributed(c, pool)})"
                    )
                    + (
                        i == host
                            ? $", plus the {MoneyText.InText(Pounds(excess, capDenominator))} above the cap."
                            : "."
                    )
            )
            .ToArray();
        return (pence, working, Rounded(r, roundedUp));
    }

    private static (BigInteger[], string[], string) OwnSchemes(RiskShareRequest r)
    {
        var pence = new BigInteger[r.Contributions.Count];
        var working = new string[r.Contributions.Count];
        for (var i = 0; i < r.Contributions.Count; i++)
        {
            var led = r.Schemes!.Where(s => SamePartner(s.LeadPartner, r.Contributions[i].Partner))
                .Select(s => (s.Name, Variance: Pence(s.Spend) - Pence(s.Budget)))
                .ToList();
            pence[i] = Sum(led.Select(s => s.Variance));
            working[i] =
                led.Count == 0
                    ? "Leads no scheme, so bears none of the variance."
                    : "Bears the variance of the schemes it leads: "
                        + string.Join(
                            "; ",
                            led.Select(s =>
                                s.Variance.Sign switch
                                {
                                    > 0 => $"{s.Name.Trim()} {MoneyText.InText(Pounds(s.Variance))} overspent",
                                    < 0 => $"{s.Name.Trim()} {MoneyText.InText(Pounds(-s.Variance))} underspent",
                                    _ => $"{s.Name.Trim()} on budget",
                                }
                            )
                        )
                        + ".";
        }
        return (
            pence,
            working,
            "Each share is the variance of the partner's own schemes, already in whole pence, so nothing is rounded."
        );
    }

    private static string Rounded(RiskShareRequest r, IReadOnlyList<int> roundedUp)
    {
        var names = roundedUp.Select(i => r.Contributions[i].Partner.Trim()).ToList();
        var outcome = names.Count switch
        {
            0 => "Here every exact share was already in whole pence.",
            1 => $"Here the 1p left over went to {names[0]}.",
            _ =>
                $"Here the {names.Count}p left over went one each to {string.Join(", ", names[..^1])} and {names[^1]}.",
        };
        return $"{PennyRounding.Rule} {outcome}";
    }

    private static List<string> ValidateContributions(
        IReadOnlyList<RiskShareContribution> contributions,
        FieldErrors errors
    )
    {
        var field = nameof(RiskShareRequest.Contributions);
        var partners = new List<string>();
        if (contributions.Count == 0)
        {
            errors.Add(field, "Give each partner's contribution to the pool");
            return partners;
        }
        if (contributions.Count > MaxPartners)
        {
            errors.Add(field, $"Give {MaxPartners} partners or fewer");
            return partners;
        }
        var amountsValid = true;
        for (var i = 0; i < contributions.Count; i++)
        {
            var c = contributions[i];
            var name = $"{field}[{i}].{nameof(c.Partner)}";
            if (
                !errors.Text(
                    name,
                    c.Partner,
                    NameMaxLength,
                    "Enter the partner's name",
                    $"The partner's name must be {NameMaxLength} characters or fewer"
                )
            )
            {
                if (partners.Any(p => SamePartner(p, c.Partner)))
                    errors.Add(name, $"{c.Partner.Trim()} is already a partner: give each partner's contribution once");
                else
                    partners.Add(c.Partner.Trim());
            }
            amountsValid &= !Money(errors, $"{field}[{i}].{nameof(c.Amount)}", c.Amount, "A contribution");
        }
        errors.When(
            amountsValid && contributions.All(c => c.Amount == 0),
            field,
            "At least one partner must contribute more than £0: the shares are worked out from the contributions"
        );
        return partners;
    }

    private static void ValidateCap(RiskShareRequest r, FieldErrors errors)
    {
        var rule = r.Rule;
        if (
            !errors.When(
                rule.CapPercent is null,
                nameof(rule.CapPercent),
                "Enter the cap: the percentage of the pool shared pro rata, from 0 to 100"
            )
        )
            errors.Range(
                nameof(rule.CapPercent),
                rule.CapPercent,
                0m,
                100m,
                "The cap must be from 0% to 100% of the pool"
            );
        var field = nameof(rule.CapExcessTo);
        if (
            errors.Required(
                field,
                rule.CapExcessTo,
                "Name the partner that takes the overspend above the cap, usually the host"
            )
        )
            return;
        var excessTo = rule.CapExcessTo!.Trim();
        var index = IndexOf(r.Contributions ?? [], excessTo);
        if (index < 0)
        {
            // Only when the partners could be read; a partner left unnamed may be the one meant.
            errors.When(
                AllNamed(r.Contributions),
                field,
                $"{Shorten(excessTo)} is not one of the partners: name a partner that contributes to the pool"
            );
            return;
        }
        errors.When(
            r.Contributions![index].Amount == 0,
            field,
            $"{excessTo} contributes nothing to the pool, so cannot take the overspend above the cap: name a partner "
                + "that contributes"
        );
    }

    private static void ValidateSchemes(RiskShareRequest r, List<string> partners, FieldErrors errors)
    {
        var field = nameof(r.Schemes);
        var schemes = r.Schemes ?? [];
        if (schemes.Count == 0)
        {
            errors.Add(field, "Give the schemes the pool pays for, each with its lead partner, budget and spend");
            return;
        }
        if (schemes.Count > MaxSchemes)
        {
            errors.Add(field, $"Give {MaxSchemes} schemes or fewer");
            return;
        }
        var names = new List<string>();
        var amountsValid = true;
        var partnersKnown = AllNamed(r.Contributions);
        for (var i = 0; i < schemes.Count; i++)
        {
            var s = schemes[i];
            var at = $"{field}[{i}].";
            if (
                !errors.Text(
                    at + nameof(s.Name),
                    s.Name,
                    NameMaxLength,
                    "Enter the scheme's name",
                    $"The scheme's name must be {NameMaxLength} characters or fewer"
                )
            )
            {
                if (names.Any(n => SamePartner(n, s.Name)))
                    errors.Add(at + nameof(s.Name), $"There is already a scheme called {s.Name.Trim()}");
                else
                    names.Add(s.Name.Trim());
            }
            if (!errors.Required(at + nameof(s.LeadPartner), s.LeadPartner, "Name the partner that leads the scheme"))
                errors.When(
                    partnersKnown && !partners.Any(p => SamePartner(p, s.LeadPartner)),
                    at + nameof(s.LeadPartner),
                    $"{Shorten(s.LeadPartner.Trim())} is not one of the partners: a scheme must be led by a partner "
                        + "that contributes to the pool"
                );
            amountsValid &= !Money(errors, at + nameof(s.Budget), s.Budget, "A scheme's budget");
            amountsValid &= !Money(errors, at + nameof(s.Spend), s.Spend, "A scheme's spend");
        }
        if (!amountsValid || r.Contributions is null || r.Contributions.Any(c => !IsMoney(c.Amount)))
            return;
        var pool = r.Contributions.Sum(c => c.Amount);
        var budgets = schemes.Sum(s => s.Budget);
        errors.When(
            budgets != pool,
            field,
            $"The schemes' budgets must add up to the pool, {MoneyText.InText(pool)}; they add up to "
                + MoneyText.InText(budgets)
        );
        var spend = schemes.Sum(s => s.Spend);
        if (r.Outturn is { } outturn)
            errors.When(
                outturn != spend,
                nameof(r.Outturn),
                $"Under the own schemes rule the outturn is the schemes' total spend, {MoneyText.InText(spend)}: "
                    + "leave it out or give that figure"
            );
    }

    /// <summary>An amount of money in pounds and pence, £0 to £1 trillion; true (with an error added) when it is
    /// not.</summary>
    private static bool Money(FieldErrors errors, string field, decimal amount, string what) =>
        errors.When(amount < 0, field, $"{what} must be £0 or more")
        || errors.When(amount > MaxAmount, field, $"{what} must be £1,000,000,000,000 or less")
        || errors.When(
            decimal.Round(amount, 2) != amount,
            field,
            $"{what} must be in pounds and pence: at most 2 decimal places"
        );

    private static bool IsMoney(decimal amount) =>
        amount is >= 0 and <= MaxAmount && decimal.Round(amount, 2) == amount;

    /// <summary>Every partner has a usable name, so a name not among them is surely not a partner.</summary>
    private static bool AllNamed(IReadOnlyList<RiskShareContribution>? contributions) =>
        contributions is { Count: > 0 }
        && contributions.All(c => !string.IsNullOrWhiteSpace(c.Partner) && c.Partner.Length <= NameMaxLength);

    private static bool SamePartner(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static int IndexOf(IReadOnlyList<RiskShareContribution> contributions, string partner)
    {
        for (var i = 0; i < contributions.Count; i++)
            if (SamePartner(contributions[i].Partner, partner))
                return i;
        return -1;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static string Percent(BigInteger part, BigInteger whole)
    {
        var percent = (decimal)part * 100m / (decimal)whole;
        return percent < 0.01m ? "Less than 0.01%" : $"{percent.ToString("0.##", CultureInfo.InvariantCulture)}%";
    }

    private static string Contributed(BigInteger part, BigInteger whole) =>
        $"{MoneyText.InText(Pounds(part))} of {MoneyText.InText(Pounds(whole))} contributed";

    private static BigInteger Pence(decimal pounds) => new(pounds * 100m);

    private static decimal Pounds(BigInteger pence) => (decimal)pence / 100m;

    /// <summary>The exact pence numerator ÷ denominator as pounds, rounded to the penny half away from zero: for
    /// text only.</summary>
    private static decimal Pounds(BigInteger numerator, BigInteger denominator)
    {
        var pence = BigInteger.DivRem(BigInteger.Abs(numerator) * 2 + denominator, denominator * 2).Quotient;
        return Pounds(numerator.Sign * pence);
    }

    private static BigInteger Sum(IEnumerable<BigInteger> values) => values.Aggregate(BigInteger.Zero, (a, v) => a + v);

    /// <summary>A decimal as the exact fraction it is: mantissa ÷ 10^scale.</summary>
    private static (BigInteger Numerator, BigInteger Denominator) Exact(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa =
            ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (BigInteger)(uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        return (bits[3] < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }
}
