using CareCommissioning.Domain.Appraisals;

namespace CareCommissioning.Domain.Tests.Appraisals;

/// <summary>The commissioner's moves of an appraisal and the decision maker's decision, allowed and refused.</summary>
public sealed class AppraisalMovesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public void Move_WhenItsRulesAreMet_ChangesTheStatus_AndWhenNot_ChangesNothing()
    {
        var a = AppraisalRulesTests.Sample();
        Assert.Contains(
            "Write the plain-language summary people will read",
            AppraisalWorkflow.Move(a, AppraisalStatus.EngagementOpen)
        );
        Assert.Equal(AppraisalStatus.Draft, a.Status);
        a.Content.Outcomes.Add(new AppraisalOutcome { Outcome = "More people at home" });
        a.Content.Engagement = new Engagement { Summary = "Plain words", InvitedOrganisationIds = [Guid.NewGuid()] };
        Assert.Empty(AppraisalWorkflow.Move(a, AppraisalStatus.EngagementOpen));
        Assert.Equal(AppraisalStatus.EngagementOpen, a.Status);
    }

    [Fact]
    public void Move_ToDecided_IsTheDecisionMakersAlone()
    {
        var a = AppraisalRulesTests.Sample();
        a.Status = AppraisalStatus.Presented;
        Assert.Equal(
            ["Only the decision maker can record a decision"],
            AppraisalWorkflow.Move(a, AppraisalStatus.Decided)
        );
        Assert.Equal(["Only the decision maker can record a decision"], AppraisalWorkflow.Move(a, (AppraisalStatus)99));
        Assert.Equal(AppraisalStatus.Presented, a.Status);
    }

    [Fact]
    public void Decide_APresentedAppraisal_RecordsTheDecision_WithTheOptionChosen()
    {
        var a = AppraisalRulesTests.Sample();
        a.Status = AppraisalStatus.Presented;
        var redesign = a.Content.Options[1];
        Assert.Empty(AppraisalWorkflow.Decide(a, redesign.Id, "  Go ahead with the redesign  ", "Cllr Patel", Now));
        Assert.Equal(AppraisalStatus.Decided, a.Status);
        Assert.Equal(
            (redesign.Id, "Go ahead with the redesign", "Cllr Patel", Now),
            (
                a.Content.Decision!.OptionId!.Value,
                a.Content.Decision.Decision,
                a.Content.Decision.DecidedBy,
                a.Content.Decision.DecidedAt
            )
        );
    }

    [Fact]
    public void Decide_BeforeItIsPresented_WithoutWords_OrNamingAnOptionNotShortListed_IsRefused()
    {
        var a = AppraisalRulesTests.Sample();
        Assert.Equal("", Assert.Single(AppraisalWorkflow.Decide(a, null, "Yes", "Cllr Patel", Now)).Field);
        a.Status = AppraisalStatus.Presented;
        Assert.Equal(
            ["OptionId", "Decision"],
            AppraisalWorkflow.Decide(a, Guid.NewGuid(), " ", "Cllr Patel", Now).Select(p => p.Field)
        );
        Assert.Equal(
            "Decision",
            Assert
                .Single(
                    AppraisalWorkflow.Decide(
                        a,
                        null,
                        new string('x', AppraisalRules.TextMaxLength + 1),
                        "Cllr Patel",
                        Now
                    )
                )
                .Field
        );
        Assert.Equal(AppraisalStatus.Presented, a.Status);
        Assert.Null(a.Content.Decision);
    }
}
