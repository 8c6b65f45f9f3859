using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Domain.Risks;

namespace CareCommissioning.Domain.Tests.Evaluations;

/// <summary>
/// The full evaluation's rules: nothing of it before the preliminary assessment's final report recommends it; impacts
/// arranged as the matrix and weighted for the chart; a recommendation starts one follow-up once agreed; the risks of
/// an action are checked before they reach the register; completing needs agreed, actioned recommendations, and the
/// strategy then schedules its next evaluation at the agreed interval.
/// </summary>
public sealed class FullEvaluationTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static StrategyEvaluation InFullEvaluation()
    {
        var e = new StrategyEvaluation { Title = "Carers' strategy evaluation" };
        Assert.Empty(e.AgreeProcess("With the carers' forum", ["Reach"], "Carers' forum", Today.AddDays(-20), Today));
        Assert.Empty(e.RecordFindings(new Dictionary<Guid, string?> { [e.Screening.Criteria[0].Id] = "Low reach" }));
        Assert.Empty(
            e.IssueDraft("Low reach", true, "Too low", null, Today.AddDays(-5), "Amina", default, Today.AddDays(-10))
        );
        Assert.Empty(e.AgreeFinalReport("Board", Today, "Amina", Today));
        return e;
    }

    private static EvaluationImpact Impact(
        string title,
        ImpactDirection d,
        ImpactTerm t,
        ImpactImportance i,
        ImpactCertainty c = ImpactCertainty.Medium
    ) =>
        new()
        {
            Title = title,
            Direction = d,
            Term = t,
            Importance = i,
            Certainty = c,
            Affects = "Carers",
            IdentifiedWith = "Forum",
        };

    [Fact]
    [Trait("Criterion", "EV-P11")]
    public void TheStatus_CannotBeAgreed_BeforeTheFullEvaluation_AndNeedsASponsor()
    {
        var screening = new StrategyEvaluation { Title = "Early" };
        var status = new EvaluationStatusAgreement
        {
            Standing = EvaluationStanding.Service,
            Sponsor = "Director",
            AgreedBy = "DMT",
            AgreedOn = Today,
        };
        Assert.Equal(["Stage"], screening.AgreeStatus(status, Today).Select(e => e.Field));
        var e = InFullEvaluation();
        Assert.Equal(
            ["Sponsor"],
            e.AgreeStatus(
                    new()
                    {
                        Standing = EvaluationStanding.Service,
                        AgreedBy = "DMT",
                        AgreedOn = Today,
                    },
                    Today
                )
                .Select(x => x.Field)
        );
        Assert.Null(e.Status);
        Assert.Empty(e.AgreeStatus(status, Today));
        Assert.Equal("Director", e.Status!.Sponsor);
    }

    [Fact]
    [Trait("Criterion", "EV-P15")]
    public void Impacts_FormTheMatrix_MostImportantFirst_AndWeighNegativesBelowZero()
    {
        var impacts = new[]
        {
            Impact("Waits", ImpactDirection.Negative, ImpactTerm.ShortTerm, ImpactImportance.High),
            Impact("Stress", ImpactDirection.Negative, ImpactTerm.ShortTerm, ImpactImportance.Low),
            Impact("Staying well", ImpactDirection.Positive, ImpactTerm.LongTerm, ImpactImportance.Medium),
        };
        var cells = ImpactMatrix.Of(impacts);
        Assert.Equal(4, cells.Count);
        var negativeShort = cells.Single(c => c is { Direction: ImpactDirection.Negative, Term: ImpactTerm.ShortTerm });
        Assert.Equal(["Waits", "Stress"], negativeShort.Impacts.Select(i => i.Title));
        Assert.Empty(
            cells.Single(c => c is { Direction: ImpactDirection.Positive, Term: ImpactTerm.ShortTerm }).Impacts
        );
        Assert.Equal(-3, ImpactMatrix.Weight(impacts[0]));
        Assert.Equal((-4, 2), ImpactMatrix.Balance(impacts));
    }

    [Fact]
    [Trait("Criterion", "EV-P15")]
    public void AnImpactWithoutEvidence_IsRefused()
    {
        var impact = Impact("Waits", ImpactDirection.Negative, ImpactTerm.ShortTerm, ImpactImportance.High);
        var errors = EvaluationImpact.Validate(impact, new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>());
        Assert.Equal(
            "Select the evidence behind the impact: an impact without evidence cannot be recorded",
            Assert.Single(errors).Message
        );
    }

    [Fact]
    [Trait("Criterion", "EV-P17")]
    public void OnlyAnAgreedRecommendation_StartsAFollowUp_AndOnlyOnce()
    {
        var r = new StrategyRecommendation
        {
            Text = "Online booking",
            Rationale = "Waits",
            DevelopedWith = "Forum",
        };
        Assert.NotEmpty(r.Start(FollowUpKind.NewAppraisal, Guid.NewGuid()));
        Assert.Empty(r.Decide(true, "DMT", Today, Today));
        var appraisal = Guid.NewGuid();
        Assert.Empty(r.Start(FollowUpKind.NewAppraisal, appraisal));
        Assert.NotEmpty(r.Start(FollowUpKind.ContractChange, Guid.NewGuid()));
        Assert.Equal((FollowUpKind.NewAppraisal, appraisal), (r.FollowUp!.Value, r.FollowUpRecordId!.Value));
    }

    [Fact]
    [Trait("Criterion", "EV-P19")]
    public void AnActionsRisks_AreCheckedAndLinkedToTheAction()
    {
        Assert.Equal(
            ["RiskOfAction.Description", "RiskOfAction.Likelihood", "RiskOfAction.Impact"],
            new ActionRisk(null, 0, 6).Check("RiskOfAction", ofAction: true).Select(e => e.Field)
        );
        var action = new EvaluationAction
        {
            OrganisationId = Guid.NewGuid(),
            Text = "Procure online booking",
            Owner = "Head of Commissioning",
            DueOn = Today.AddMonths(3),
        };
        var risk = new Risk { Title = "", Owner = "" };
        new ActionRisk("Carers stop caring", 4, 5).ApplyTo(risk, action, ofAction: false, default);
        Assert.Equal("If we do not act: Procure online booking", risk.Title);
        Assert.Equal(
            (20, "EvaluationAction", action.Id),
            (risk.Score, risk.LinkedRecordType, risk.LinkedRecordId!.Value)
        );
        Assert.Equal(action.OrganisationId, risk.OrganisationId);
    }

    [Fact]
    [Trait("Criterion", "EV-P21")]
    public void Completing_NeedsActionedRecommendations_AndTheStrategyThenSchedulesItsNextEvaluation()
    {
        var e = InFullEvaluation();
        Assert.Empty(
            e.SetPlan(
                new EvaluationPlan
                {
                    Scope = "Breaks",
                    Methods = EvaluationMethods.Impact,
                    Indicators = "Days to a break",
                    StartsOn = Today,
                    ReportsBy = Today.AddMonths(6),
                    Roles = [new() { Who = "Amina", Responsibility = "Leads" }],
                    DevelopedWith = "Forum",
                }
            )
        );
        Assert.Contains(e.Complete("Done", 1, 1, Today), x =>
            x.Message.Contains("no action yet", StringComparison.Ordinal)
        );
        Assert.Equal(EvaluationStage.FullEvaluation, e.Stage);
        Assert.Empty(e.Complete("Breaks work", 1, 0, Today));
        Assert.Equal(EvaluationStage.Completed, e.Stage);
        var strategy = new Strategy
        {
            Title = "Carers",
            Owner = "Head",
            EvaluationIntervalMonths = 18,
        };
        strategy.RecordEvaluated(Today);
        Assert.Equal(Today.AddMonths(18), strategy.NextEvaluationDue);
    }
}
