using CareCommissioning.Domain.Contracts.Monitoring;
using CareCommissioning.Domain.Risks;

namespace CareCommissioning.Domain.Contracts.Implementation;

/// <summary>A priority outcome of the contract, by id and title, for checking the plan covers it.</summary>
public sealed record PlanOutcome(Guid Id, string Title);

/// <summary>
/// How an implementation plan stands (CD-P15, CD-P16, CD-P18): the slippage of its activities, its contingency, its
/// balance of risk against the organisation's appetite, the priority outcomes no activity serves, and whether a
/// contract for a regulated activity has an activity meeting a regulatory requirement. <see cref="Flags"/> says each
/// concern in a sentence.
/// </summary>
public sealed record PlanAssessment(
    PlanSlippage Slippage,
    ContingencyPosition Contingency,
    AppetiteCheck? Appetite,
    IReadOnlyList<PlanOutcome> OutcomesWithoutActivity,
    bool MissingRegulatoryStep,
    IReadOnlyList<string> Flags
)
{
    public bool InLine => Flags.Count == 0;

    /// <param name="risks">The open and closed risks linked to the contract or to an activity.</param>
    /// <param name="appetite">None when the organisation has not set one: the balance of risk cannot be judged, which
    /// is itself a flag.</param>
    /// <param name="regulated">Whether the contract buys a regulated activity (social care), so the plan must show how
    /// regulatory requirements such as CQC registration are met.</param>
    public static PlanAssessment Of(
        ImplementationPlan plan,
        IReadOnlyList<PlanActivity> activities,
        IReadOnlyList<PlanOutcome> outcomes,
        IReadOnlyList<Risk> risks,
        RiskAppetite? appetite,
        bool regulated,
        DateOnly today
    )
    {
        var slippage = MilestoneSlippage.OfPlan(activities.Select(a => a.ToMilestone()), today);
        var contingency = ContingencySpend.Of(plan.ContingencyBudget, plan.ContingencySpent);
        var check = appetite is null ? null : RiskAppetite.Check(appetite, risks);
        var served = activities.Where(a => a.OutcomeId is not null).Select(a => a.OutcomeId!.Value).ToHashSet();
        var uncovered = outcomes.Where(o => !served.Contains(o.Id)).ToList();
        var missingRegulatory = regulated && !activities.Any(a => !string.IsNullOrWhiteSpace(a.RegulatoryRequirement));

        var flags = new List<string>();
        if (activities.Count == 0)
            flags.Add("The plan has no activities yet");
        foreach (var o in uncovered)
            flags.Add($"No activity serves the priority outcome '{o.Title}'");
        if (missingRegulatory)
            flags.Add(
                "No activity meets a regulatory requirement, such as the provider's CQC registration for the "
                    + "regulated activity this contract buys"
            );
        if (check is null)
            flags.Add("The organisation has not set its risk appetite, so the balance of risk cannot be checked");
        else
        {
            flags.AddRange(check.Breaches.Select(b => b.Message));
            flags.AddRange(
                check.Unchecked.Select(r =>
                    $"{r.Title}: no appetite is set for {RiskCategoryNames.Display(r.Category)} risks"
                )
            );
        }
        if (slippage.LateCount > 0)
            flags.Add(
                slippage.LateCount == 1
                    ? "1 activity is late beyond its tolerance"
                    : $"{slippage.LateCount} activities are late beyond their tolerance"
            );
        if (contingency.Rag == RagStatus.Red)
            flags.Add("More contingency has been spent than was set aside");
        return new(slippage, contingency, check, uncovered, missingRegulatory, flags);
    }
}
