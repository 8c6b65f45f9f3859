using CareCommissioning.Domain.Evaluations;

namespace CareCommissioning.Domain.Tests.Evaluations;

/// <summary>The preliminary assessment's moves on the evaluation: agreeing the process and criteria, the findings, the
/// equality screening, draft versions for feedback and the final report; each refusal changes nothing.</summary>
public sealed class ScreeningTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static StrategyEvaluation New() => new() { Title = "Carers' strategy evaluation" };

    private static StrategyEvaluation Agreed()
    {
        var e = New();
        Assert.Empty(
            e.AgreeProcess(
                "Workshops with carers and the ICB",
                ["Carers get a break when they need one", "", "  Fewer carers reach crisis  "],
                "Northshire ICB",
                Today.AddDays(-3),
                Today
            )
        );
        return e;
    }

    private static StrategyEvaluation WithFindings()
    {
        var e = Agreed();
        Assert.Empty(e.RecordFindings(e.Screening.Criteria.ToDictionary(c => c.Id, c => (string?)$"Met: {c.Text}")));
        return e;
    }

    [Fact]
    [Trait("Criterion", "EV-P6")]
    public void AgreeProcess_KeepsTheCriteriaGiven_AndAnAssessmentWithNoCriteria_IsRefused()
    {
        var e = Agreed();
        Assert.Equal(
            ["Carers get a break when they need one", "Fewer carers reach crisis"],
            e.Screening.Criteria.Select(c => c.Text)
        );
        Assert.True(e.Screening.Agreed);

        var empty = New();
        var errors = empty.AgreeProcess("Workshops", ["", "  "], "ICB", Today, Today);
        Assert.Contains(errors, x => x.Field == "Criteria" && x.Message == "Enter at least one criterion");
        Assert.Empty(empty.Screening.Criteria);
        Assert.False(empty.Screening.Agreed);
        Assert.Null(empty.Screening.Process);
    }

    [Fact]
    public void AgreeProcess_AgainKeepsTheFindingsOfCriteriaThatStay()
    {
        var e = WithFindings();
        Assert.Empty(
            e.AgreeProcess("Workshops", ["Carers get a break when they need one", "New one"], "ICB", Today, Today)
        );
        Assert.Equal("Met: Carers get a break when they need one", e.Screening.Criteria[0].Finding);
        Assert.Null(e.Screening.Criteria[1].Finding);
    }

    [Fact]
    public void ScreenEquality_NeedsEveryCharacteristic_AndAReasonForAPositiveOrNegativeEffect()
    {
        var e = New();
        var some = new List<EqualityScreening>
        {
            new() { Characteristic = ProtectedCharacteristic.Age, Effect = EqualityEffect.Negative },
        };
        var errors = e.ScreenEquality(some, null, "");
        Assert.Contains(errors, x =>
            x.Field == "Equality[Age]" && x.Message == "Say why the effect for Age is negative"
        );
        Assert.Contains(errors, x => x.Field == "Equality[Disability]");
        Assert.Empty(e.Screening.Equality);

        var all = ProtectedCharacteristicNames
            .Each.Select(c => new EqualityScreening { Characteristic = c, Effect = EqualityEffect.Neutral })
            .ToList();
        all[0] = new()
        {
            Characteristic = ProtectedCharacteristic.Age,
            Effect = EqualityEffect.Positive,
            Note = "Older carers",
        };
        Assert.Empty(e.ScreenEquality(all, false, "No disproportionate effect"));
        Assert.True(e.Screening.EqualityScreened);
        Assert.Equal(11, e.Screening.Equality.Count);
    }

    [Fact]
    [Trait("Criterion", "EV-P8")]
    public void IssueDraft_NeedsAgreedCriteriaWithFindings_AndAFeedbackPeriodAfterToday()
    {
        var e = Agreed();
        var errors = e.IssueDraft("Findings", true, "Reason", null, Today.AddDays(14), "Sam", Now, Today);
        Assert.Contains(errors, x =>
            x.Message == "Record what the assessment found against each criterion before drafting the report"
        );
        Assert.Empty(e.Reports);

        var ready = WithFindings();
        Assert.Contains(ready.IssueDraft("Findings", true, "Reason", null, Today, "Sam", Now, Today), x =>
            x.Message == "The feedback period must close after today"
        );
        Assert.Empty(ready.IssueDraft("Findings", true, "Reason", null, Today.AddDays(14), "Sam", Now, Today));
        Assert.Equal(1, ready.LatestReport!.Number);
        Assert.True(ready.OpenTo(Today));
    }

    [Fact]
    [Trait("Criterion", "EV-P10")]
    public void ALaterVersion_SaysWhatWasAmended_AndTheFinalReport_CannotBeAgreedBeforeFeedbackCloses()
    {
        var e = WithFindings();
        Assert.Empty(e.IssueDraft("Findings", true, "Reason", null, Today.AddDays(14), "Sam", Now, Today));
        Assert.Contains(e.IssueDraft("Findings 2", true, "Reason", "", Today.AddDays(20), "Sam", Now, Today), x =>
            x.Field == "Amendments"
        );
        Assert.Empty(
            e.IssueDraft(
                "Findings 2",
                true,
                "Reason",
                "Added respite data, as the forum asked",
                Today.AddDays(20),
                "Sam",
                Now,
                Today
            )
        );
        Assert.Equal(2, e.Reports.Count);

        var early = e.AgreeFinalReport("Carers' partnership board", Today, "Sam", Today);
        Assert.Contains(early, x =>
            x.Field == "AgreedOn"
            && x.Message.StartsWith(
                "The report cannot be agreed until its feedback period has closed",
                StringComparison.Ordinal
            )
        );
        Assert.Null(e.FinalReport);
        Assert.Equal(EvaluationStage.Screening, e.Stage);

        var later = Today.AddDays(21);
        Assert.Empty(e.AgreeFinalReport("Carers' partnership board", later, "Sam", later));
        Assert.Equal(2, e.FinalReport!.VersionNumber);
        Assert.Equal(EvaluationStage.FullEvaluation, e.Stage);
    }
}
