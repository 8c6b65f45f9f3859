using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Evaluations.Full;

/// <summary>An evaluation built into its full evaluation, with who keeps it and what it holds.</summary>
public sealed record BuiltEvaluation(
    TestUser Keeper,
    TestUser Partner,
    Guid StrategyId,
    Guid Id,
    Guid EvidenceId,
    Guid ViewId,
    Guid ProposalId
)
{
    public string At(string part = "") => $"/evaluations/{Id}{part}";

    public string Api(string part = "") => $"/api/v1/evaluations/{Id}{part}";
}

/// <summary>
/// An evaluation of a strategy in an organisation of the test's own, taken through the preliminary assessment by the
/// domain's own moves (process and criteria agreed, findings, a draft issued ten days ago whose feedback closed five
/// days ago, the final report agreed today recommending a full evaluation), so it stands in the full evaluation. It
/// holds one piece of evidence, one view and one proposal, and a partner organisation invited to take part.
/// </summary>
public sealed class FullEvaluationBuilder(AppFactory app)
{
    public const string StrategyTitle = "Carers' strategy 2025 to 2028";
    public const string Outcome = "Carers get a break when they need one";

    private int? _intervalMonths = 12;

    public FullEvaluationBuilder WithoutInterval()
    {
        _intervalMonths = null;
        return this;
    }

    public async Task<BuiltEvaluation> SaveAsync()
    {
        var keeper = await new UserBuilder(app).WithRole(Role.Commissioner).Named("Amina Shah").SaveAsync();
        var partner = await new UserBuilder(app).WithRole(Role.Stakeholder).Named("Pat Jones").SaveAsync();
        var org = keeper.OrganisationId;
        var today = app.Today;
        var now = app.Clock.GetUtcNow();
        var strategy = new Strategy
        {
            OrganisationId = org,
            Title = StrategyTitle,
            Owner = "Head of Commissioning",
            StartsOn = today.AddYears(-1),
            Outcomes = [Outcome, "Carers stay well"],
            EvaluationIntervalMonths = _intervalMonths,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var e = new StrategyEvaluation
        {
            OrganisationId = org,
            StrategyId = strategy.Id,
            Title = $"Evaluation of the carers' strategy {TestData.Mark()}",
            CreatedAt = now,
            UpdatedAt = now,
        };
        Check(e.AgreeProcess("Screen with the carers' forum", ["Reach"], "Carers' forum", today.AddDays(-20), today));
        Check(e.RecordFindings(new Dictionary<Guid, string?> { [e.Screening.Criteria[0].Id] = "Few carers reached" }));
        Check(
            e.IssueDraft(
                "Breaks are hard to book",
                true,
                "The reach is too low to leave",
                null,
                today.AddDays(-5),
                "Amina Shah",
                now.AddDays(-10),
                today.AddDays(-10)
            )
        );
        Check(e.AgreeFinalReport("Adult social care board", today, "Amina Shah", today));
        if (e.Stage != EvaluationStage.FullEvaluation)
            throw new InvalidOperationException("The built evaluation did not reach its full evaluation.");
        var evidence = new EvaluationEvidence
        {
            OrganisationId = org,
            EvaluationId = e.Id,
            Kind = EvidenceKind.ContractMonitoring,
            Title = "Respite KPI returns",
            Finding = "Only 40% of breaks were booked within four weeks",
            AddedBy = "Amina Shah",
            AddedAt = now,
        };
        var view = Contribution(e, EvaluationContributionKind.Impact, "I waited three months for a break", now);
        var proposal = Contribution(e, EvaluationContributionKind.Proposal, "Let carers book breaks online", now);
        await using var scope = app.Scope(out var db);
        db.AddRange(strategy, e, evidence, view, proposal);
        db.EvaluationParticipants.Add(
            new EvaluationParticipant
            {
                EvaluationId = e.Id,
                OrganisationId = partner.OrganisationId,
                InvitedAt = now,
                InvitedBy = "Amina Shah",
            }
        );
        await db.SaveChangesAsync();
        return new BuiltEvaluation(keeper, partner, strategy.Id, e.Id, evidence.Id, view.Id, proposal.Id);
    }

    private static EvaluationContribution Contribution(
        StrategyEvaluation e,
        EvaluationContributionKind kind,
        string text,
        DateTimeOffset now
    ) =>
        new()
        {
            OrganisationId = e.OrganisationId,
            EvaluationId = e.Id,
            Kind = kind,
            Text = text,
            AuthorName = "Pat Jones",
            AuthorOrganisation = "Carers' forum",
            SubmittedAt = now,
        };

    private static void Check(IReadOnlyList<Domain.Common.FieldError> errors)
    {
        if (errors.Count > 0)
            throw new InvalidOperationException(string.Join("; ", errors.Select(x => x.Message)));
    }
}
