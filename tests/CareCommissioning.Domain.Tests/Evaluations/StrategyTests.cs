using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Evaluations;

namespace CareCommissioning.Domain.Tests.Evaluations;

/// <summary>A strategy's rules: renewed only on an evaluation completed since it started or was last renewed (EV-P20),
/// evaluated on a schedule that is overdue once past (EV-P21), and its answers checked.</summary>
public sealed class StrategyTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static Strategy Sample() =>
        new()
        {
            Title = "Carers Strategy",
            Owner = "Head of Commissioning",
            StartsOn = new DateOnly(2024, 4, 1),
            EndsOn = new DateOnly(2027, 3, 31),
            EvaluationIntervalMonths = 12,
            NextEvaluationDue = new DateOnly(2027, 1, 15),
        };

    private static string Messages(IReadOnlyList<FieldError> errors) =>
        string.Join(" | ", errors.Select(e => e.Message));

    [Fact]
    [Trait("Criterion", "EV-P20")]
    public void Renew_WithoutACompletedEvaluation_IsRefused_AndChangesNothing()
    {
        var s = Sample();
        s.MoveTo(StrategyStatus.UnderReview);
        var errors = s.Renew(new DateOnly(2030, 3, 31), null, null, Today);
        Assert.Contains(
            "This strategy cannot be renewed until an evaluation of it has been completed since it started on 1 April 2024",
            Messages(errors)
        );
        Assert.Equal(new DateOnly(2027, 3, 31), s.EndsOn);
        Assert.Null(s.RenewedOn);
        Assert.Equal(StrategyStatus.UnderReview, s.Status);
    }

    [Fact]
    [Trait("Criterion", "EV-P20")]
    public void Renew_OnAnEvaluationCompletedBeforeItStarted_IsRefused()
    {
        var s = Sample();
        var errors = s.Renew(new DateOnly(2030, 3, 31), Guid.NewGuid(), new DateOnly(2024, 3, 1), Today);
        Assert.Single(errors);
        Assert.Equal(nameof(Strategy.RenewedOnEvaluationId), errors[0].Field);
        Assert.Null(s.RenewedOn);
    }

    [Fact]
    [Trait("Criterion", "EV-P20")]
    public void Renew_OnAnEvaluationCompletedSince_RenewsIt_AndTheSameEvaluationCannotRenewItAgain()
    {
        var s = Sample();
        s.MoveTo(StrategyStatus.UnderReview);
        var evaluation = Guid.NewGuid();
        Assert.Empty(s.Renew(new DateOnly(2030, 3, 31), evaluation, new DateOnly(2026, 11, 20), Today));
        Assert.Equal(new DateOnly(2030, 3, 31), s.EndsOn);
        Assert.Equal(Today, s.RenewedOn);
        Assert.Equal(evaluation, s.RenewedOnEvaluationId);
        Assert.Equal(StrategyStatus.Current, s.Status);

        // The next renewal needs an evaluation completed since this one.
        var again = s.Renew(new DateOnly(2033, 3, 31), evaluation, new DateOnly(2026, 11, 20), Today.AddYears(3));
        Assert.Contains("since it was last renewed on 7 December 2026", Messages(again));
        Assert.Equal(new DateOnly(2030, 3, 31), s.EndsOn);
    }

    [Theory]
    [InlineData(null, "Enter the date the renewed strategy ends")]
    [InlineData("2026-12-07", "The renewed strategy must end after today")]
    public void Renew_WithoutALaterEndDate_IsRefused(string? endsOn, string message)
    {
        var s = Sample();
        var errors = s.Renew(
            endsOn is null ? null : DateOnly.Parse(endsOn, System.Globalization.CultureInfo.InvariantCulture),
            Guid.NewGuid(),
            new DateOnly(2026, 11, 20),
            Today
        );
        Assert.Contains(message, Messages(errors));
        Assert.Null(s.RenewedOn);
    }

    [Fact]
    [Trait("Criterion", "EV-P21")]
    public void Schedule_IsOverdueOnlyOncePast_AndAnEvaluationSchedulesTheNextAtTheInterval()
    {
        var s = Sample();
        Assert.False(s.EvaluationOverdue(new DateOnly(2027, 1, 15)));
        Assert.True(s.EvaluationOverdue(new DateOnly(2027, 1, 16)));
        s.MoveTo(StrategyStatus.Withdrawn);
        Assert.False(s.EvaluationOverdue(new DateOnly(2027, 1, 16)));

        s.MoveTo(StrategyStatus.Current);
        s.RecordEvaluated(new DateOnly(2027, 2, 1));
        Assert.Equal(new DateOnly(2027, 2, 1), s.LastEvaluatedOn);
        Assert.Equal(new DateOnly(2028, 2, 1), s.NextEvaluationDue);
        Assert.False(s.EvaluationOverdue(new DateOnly(2027, 2, 2)));
    }

    [Fact]
    public void Validate_AGoodStrategy_HasNoErrors() => Assert.Empty(StrategyRules.Validate(Sample()));

    [Fact]
    [Trait("Criterion", "EV-P21")]
    public void Validate_AnIntervalWithoutADueDate_OrOutOfRange_IsRefused()
    {
        var s = Sample();
        s.NextEvaluationDue = null;
        Assert.Contains(StrategyRules.Validate(s), e => e.Field == nameof(Strategy.NextEvaluationDue));
        s.NextEvaluationDue = Today;
        s.EvaluationIntervalMonths = 0;
        Assert.Contains(StrategyRules.Validate(s), e => e.Field == nameof(Strategy.EvaluationIntervalMonths));
    }

    [Fact]
    public void Validate_MissingTitleAndOwner_DatesOutOfOrder_AndARelationToItself_AreRefused()
    {
        var s = Sample();
        s.Title = " ";
        s.Owner = "";
        s.EndsOn = new DateOnly(2024, 1, 1);
        s.Relations = [new StrategyRelation { StrategyId = s.Id, Kind = StrategyRelationKind.Supports }];
        s.Documents = [new StrategyDocument { Title = "Published strategy", Address = "" }];
        var fields = StrategyRules.Validate(s).Select(e => e.Field).ToList();
        Assert.Equal(
            [
                nameof(Strategy.Title),
                nameof(Strategy.Owner),
                nameof(Strategy.EndsOn),
                nameof(Strategy.Documents),
                nameof(Strategy.Relations),
            ],
            fields
        );
    }
}
