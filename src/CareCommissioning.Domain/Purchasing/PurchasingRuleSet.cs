using CareCommissioning.Domain.Organisations;

namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// One version of an organisation's purchasing rules (PU-P4, P6): value bands below the statutory threshold, each with
/// its route and number of quotes, and the delegated approval limit of each role. A version is never edited once in
/// force; changing the rules adds a new version with a later <see cref="VersionNumber"/>, and each purchase records the
/// version applied. (So this is not
/// <see cref="IVersioned"/>: there is nothing to edit together.)
/// <para>
/// Band edges: a band runs from its <see cref="PurchasingBand.From"/> (inclusive) up to the next band's <c>From</c>
/// (exclusive), so £5,000 exactly is in the band that starts at £5,000. At or above the statutory threshold a formal
/// tender is always required, whatever the bands say; band values are compared with the estimated value including VAT,
/// like the thresholds.
/// </para>
/// </summary>
public sealed class PurchasingRuleSet : IAudited, IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }

    /// <summary>1, 2, 3… per organisation.</summary>
    public int VersionNumber { get; set; } = 1;
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Why this version was made, e.g. the agreed process change it puts into effect.</summary>
    public string? ChangeNote { get; set; }
    public Guid? ProcessChangeProposalId { get; set; }
    public List<PurchasingBand> Bands { get; set; } = [];
    public List<ApprovalLimit> ApprovalLimits { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>The band a value (including VAT) falls in: the last band starting at or below it.</summary>
    public PurchasingBand BandFor(decimal valueIncludingVat) =>
        Bands.OrderBy(b => b.From).LastOrDefault(b => b.From <= valueIncludingVat)
        ?? throw new InvalidOperationException("The rule set has no band starting at £0.");

    /// <summary>The band above <paramref name="band"/>, if any.</summary>
    public PurchasingBand? BandAbove(PurchasingBand band) =>
        Bands.OrderBy(b => b.From).FirstOrDefault(b => b.From > band.From);

    /// <summary>The most a person holding these roles may approve; null means no limit, 0 means they may not approve
    /// purchases.</summary>
    public decimal? ApprovalLimitFor(IEnumerable<Role> roles)
    {
        var limits = ApprovalLimits.Where(l => roles.Contains(l.Role)).ToList();
        if (limits.Count == 0)
            return 0m;
        return limits.Any(l => l.Limit is null) ? null : limits.Max(l => l.Limit);
    }

    /// <summary>The version in force on a date: the latest effective by then, and of those the highest version
    /// number.</summary>
    public static PurchasingRuleSet? InForce(IEnumerable<PurchasingRuleSet> versions, DateOnly on) =>
        versions
            .Where(v => v.EffectiveFrom <= on)
            .OrderBy(v => v.EffectiveFrom)
            .ThenBy(v => v.VersionNumber)
            .LastOrDefault();

    /// <summary>
    /// The example rules of issue 5: under £5,000 one quote; from £5,000 three written quotes; from £25,000 to the
    /// statutory threshold a published request for quotation; at or above it a formal tender by the procurement
    /// specialists. Purchasers may approve up to £5,000, commissioners up to £25,000, decision makers without limit.
    /// </summary>
    public static PurchasingRuleSet Default(Guid organisationId, DateOnly effectiveFrom)
    {
        var rules = new PurchasingRuleSet
        {
            OrganisationId = organisationId,
            EffectiveFrom = effectiveFrom,
            VersionNumber = 1,
            ChangeNote = "Default rules",
        };
        rules.Bands =
        [
            new()
            {
                RuleSetId = rules.Id,
                From = 0m,
                Route = PurchaseRoute.SingleQuote,
                QuotesRequired = 1,
            },
            new()
            {
                RuleSetId = rules.Id,
                From = 5_000m,
                Route = PurchaseRoute.WrittenQuotes,
                QuotesRequired = 3,
            },
            new()
            {
                RuleSetId = rules.Id,
                From = 25_000m,
                Route = PurchaseRoute.RequestForQuotation,
                QuotesRequired = 3,
            },
        ];
        rules.ApprovalLimits =
        [
            new()
            {
                RuleSetId = rules.Id,
                Role = Role.Purchaser,
                Limit = 5_000m,
            },
            new()
            {
                RuleSetId = rules.Id,
                Role = Role.Commissioner,
                Limit = 25_000m,
            },
            new()
            {
                RuleSetId = rules.Id,
                Role = Role.DecisionMaker,
                Limit = null,
            },
        ];
        return rules;
    }
}

/// <summary>Values from <see cref="From"/> (inclusive, including VAT) to the next band's start (exclusive).</summary>
public sealed class PurchasingBand
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RuleSetId { get; set; }
    public decimal From { get; set; }
    public PurchaseRoute Route { get; set; }

    /// <summary>Quotes to obtain (for a request for quotation, the responses to aim for); ignored for a formal
    /// tender.</summary>
    public int QuotesRequired { get; set; } = 1;
}

/// <summary>The most a role may approve, including VAT; null means no limit.</summary>
public sealed class ApprovalLimit
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RuleSetId { get; set; }
    public Role Role { get; set; }
    public decimal? Limit { get; set; }
}
