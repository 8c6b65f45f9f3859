using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Strategies;

/// <summary>
/// Three organisations of their own: ours, a partner in a partnership with ours, and a stranger; a commissioner in
/// each. Strategies and completed evaluations are written straight to the database.
/// </summary>
public sealed record StrategyWorld(
    Guid Ours,
    Guid Partner,
    Guid Stranger,
    TestUser Us,
    TestUser PartnerUser,
    TestUser StrangerUser
)
{
    public static async Task<StrategyWorld> CreateAsync(AppFactory app)
    {
        var ours = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var partner = (await new OrganisationBuilder(app).Named("Fenmoor ICB " + TestData.Mark()).SaveAsync()).Id;
        var stranger = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var now = app.Clock.GetUtcNow();
        var pool = new Partnership
        {
            OrganisationId = ours,
            Name = "Fenmoor pool " + TestData.Mark(),
            Arrangement = ArrangementType.PooledFund,
            LegalBasis = LegalBasis.BetterCareFund,
            StartDate = new DateOnly(2026, 4, 1),
            EndDate = new DateOnly(2027, 3, 31),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using (var scope = app.Scope(out var db))
        {
            db.Partnerships.Add(pool);
            db.PartnershipPartners.AddRange(
                new PartnershipPartner { PartnershipId = pool.Id, OrganisationId = ours },
                new PartnershipPartner { PartnershipId = pool.Id, OrganisationId = partner }
            );
            await db.SaveChangesAsync();
        }
        return new StrategyWorld(
            ours,
            partner,
            stranger,
            await new UserBuilder(app).WithRole(Role.Commissioner, ours).SaveAsync(),
            await new UserBuilder(app).WithRole(Role.Commissioner, partner).SaveAsync(),
            await new UserBuilder(app).WithRole(Role.Commissioner, stranger).SaveAsync()
        );
    }
}

public static class StrategyFixtures
{
    public static async Task<Strategy> StrategyAsync(
        AppFactory app,
        Guid organisation,
        string title,
        Action<Strategy>? change = null
    )
    {
        var now = app.Clock.GetUtcNow();
        var s = new Strategy
        {
            OrganisationId = organisation,
            Title = title,
            Owner = "Head of Commissioning",
            StartsOn = new DateOnly(2024, 4, 1),
            EndsOn = new DateOnly(2027, 3, 31),
            CreatedAt = now,
            UpdatedAt = now,
        };
        change?.Invoke(s);
        await using var scope = app.Scope(out var db);
        db.Strategies.Add(s);
        await db.SaveChangesAsync();
        return s;
    }

    /// <summary>An evaluation of the strategy that reached <paramref name="stage"/> on <paramref name="completedOn"/>,
    /// set directly: its stage moves only through the evaluation's own steps, which other tests cover.</summary>
    public static async Task<StrategyEvaluation> CompletedEvaluationAsync(
        AppFactory app,
        Strategy strategy,
        DateOnly completedOn,
        EvaluationStage stage = EvaluationStage.Completed
    )
    {
        var now = app.Clock.GetUtcNow();
        var e = new StrategyEvaluation
        {
            OrganisationId = strategy.OrganisationId,
            StrategyId = strategy.Id,
            Title = $"Evaluation of {strategy.Title}",
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var scope = app.Scope(out var db);
        db.StrategyEvaluations.Add(e);
        db.Entry(e).Property(nameof(StrategyEvaluation.Stage)).CurrentValue = stage;
        db.Entry(e).Property(nameof(StrategyEvaluation.CompletedOn)).CurrentValue = (DateOnly?)completedOn;
        await db.SaveChangesAsync();
        return e;
    }

    public static Form ValidForm(string title) =>
        new Form()
            .Set("Input.Title", title)
            .Set("Input.Kind", "Strategy")
            .Set("Input.Owner", "Director of Adult Social Care")
            .Set("Input.Status", "Current")
            .Set("Input.StartsOn.Day", "1")
            .Set("Input.StartsOn.Month", "4")
            .Set("Input.StartsOn.Year", "2025")
            .Set("Input.EndsOn.Day", "31")
            .Set("Input.EndsOn.Month", "3")
            .Set("Input.EndsOn.Year", "2028")
            .Set("Input.Summary", "More help at home")
            .Set("Input.Outcomes", "People live at home for longer\nFewer admissions to care homes\n")
            .Set("Input.Documents[0].Title", "The strategy")
            .Set("Input.Documents[0].Address", "https://example.org/strategy.pdf")
            .Set("Input.Documents[1].Title", "")
            .Set("Input.Documents[1].Address", "")
            .Set("Input.SharedWithPartners", "yes")
            .Set("Input.EvaluationIntervalMonths", "12")
            .Set("Input.NextEvaluationDue.Day", "1")
            .Set("Input.NextEvaluationDue.Month", "10")
            .Set("Input.NextEvaluationDue.Year", "2027");
}
