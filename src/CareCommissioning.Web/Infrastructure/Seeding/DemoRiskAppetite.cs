namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>The council's demo risk appetite, against which contract implementation plans are checked: least appetite
/// for legal and people risks, more for the organisation's own.</summary>
public static class DemoRiskAppetite
{
    public static readonly IReadOnlyDictionary<RiskCategory, int> Limits = new Dictionary<RiskCategory, int>
    {
        [RiskCategory.People] = 8,
        [RiskCategory.Property] = 12,
        [RiskCategory.Organisation] = 12,
        [RiskCategory.Reputation] = 9,
        [RiskCategory.Financial] = 12,
        [RiskCategory.Legal] = 6,
        [RiskCategory.Other] = 12,
    };

    public static void Add(AppDbContext db, Guid council, DateTimeOffset now) =>
        db.RiskAppetiteLimits.AddRange(
            Limits.Select(l => new RiskAppetiteLimit
            {
                OrganisationId = council,
                Category = l.Key,
                MaxScore = l.Value,
                UpdatedAt = now,
            })
        );
}
