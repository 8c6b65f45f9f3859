namespace CareCommissioning.Domain.Appraisals;

/// <summary>
/// The moves an appraisal's status may make, and what must be true first. Draft → Engagement open → Engagement closed →
/// Ready for decision → Presented → Decided; an engagement may be skipped only by closing it, never silently, and a
/// draft can go back from Ready for decision to Engagement closed for rework.
/// </summary>
public static class AppraisalWorkflow
{
    public static IReadOnlyList<AppraisalStatus> NextSteps(AppraisalStatus from) =>
        from switch
        {
            AppraisalStatus.Draft => [AppraisalStatus.EngagementOpen],
            AppraisalStatus.EngagementOpen => [AppraisalStatus.EngagementClosed],
            AppraisalStatus.EngagementClosed => [AppraisalStatus.ReadyForDecision, AppraisalStatus.EngagementOpen],
            AppraisalStatus.ReadyForDecision => [AppraisalStatus.Presented, AppraisalStatus.EngagementClosed],
            AppraisalStatus.Presented => [AppraisalStatus.Decided],
            _ => [],
        };

    /// <summary>Why the appraisal cannot move to <paramref name="to"/>, one reason per line; empty when it
    /// can.</summary>
    public static IReadOnlyList<string> Blockers(Appraisal appraisal, AppraisalStatus to)
    {
        var c = appraisal.Content;
        var reasons = new List<string>();
        if (!NextSteps(appraisal.Status).Contains(to))
        {
            reasons.Add(
                $"An appraisal that is {AppraisalStatusNames.Display(appraisal.Status).ToLowerInvariant()} cannot move to {AppraisalStatusNames.Display(to).ToLowerInvariant()}"
            );
            return reasons;
        }
        if (to == AppraisalStatus.EngagementOpen)
        {
            if (c.Outcomes.Count == 0)
                reasons.Add("Add at least one outcome, so people know what the appraisal aims at");
            if (c.Options.Count < 2)
                reasons.Add("Add at least one option besides do nothing to share with people");
            if (string.IsNullOrWhiteSpace(c.Engagement.Summary))
                reasons.Add("Write the plain-language summary people will read");
            if (c.Engagement.InvitedOrganisationIds.Count == 0)
                reasons.Add("Invite at least one organisation to take part");
        }
        if (to == AppraisalStatus.ReadyForDecision)
        {
            if (c.DoNothing is not { ShortListed: true })
                reasons.Add("Do nothing must be on the short list as the comparator");
            if (c.ShortList.Count < 2)
                reasons.Add("Short-list at least one option besides do nothing");
            if (c.Options.Any(o => o.Assessment == OptionAssessment.NotAssessed))
                reasons.Add("Assess every option on the long list: preferred, carried forward or discounted");
            if (c.ShortList.Any(o => o.Costs.Count == 0 && o.Benefits.Count == 0 && o.Kind != OptionKind.DoNothing))
                reasons.Add("Enter costs or benefits for every short-listed option");
            if (c.Criteria.Count > 0 && c.Criteria.Sum(x => x.Weight) != 100m)
                reasons.Add("The criteria weights must total 100");
            if (c.Recommendation.OptionId is not { } id || c.Option(id) is not { ShortListed: true })
                reasons.Add("Recommend one of the short-listed options");
            if (string.IsNullOrWhiteSpace(c.Recommendation.Reasons))
                reasons.Add("Give the reasons for the recommendation");
            if (
                string.IsNullOrWhiteSpace(c.Recommendation.ConsequencesOfAction)
                || string.IsNullOrWhiteSpace(c.Recommendation.ConsequencesOfInaction)
            )
                reasons.Add("Set out the consequences of acting on the recommendation and of not acting");
        }
        if (to == AppraisalStatus.Decided && (c.Decision is null || string.IsNullOrWhiteSpace(c.Decision.Decision)))
            reasons.Add("The decision maker must record the decision");
        return reasons;
    }

    /// <summary>
    /// The commissioner moves the appraisal one step on, or back for rework. Deciding is the decision maker's own move
    /// (<see cref="Decide"/>), never this one. Returns why it cannot move, and changes nothing then.
    /// </summary>
    public static IReadOnlyList<string> Move(Appraisal appraisal, AppraisalStatus to)
    {
        if (!Enum.IsDefined(to) || to == AppraisalStatus.Decided)
            return ["Only the decision maker can record a decision"];
        var blockers = Blockers(appraisal, to);
        if (blockers.Count == 0)
            appraisal.Status = to;
        return blockers;
    }

    /// <summary>
    /// The decision maker records the decision on a presented appraisal, optionally naming the short-listed option
    /// chosen (<paramref name="optionId"/> null when none is named). Returns the problems, and changes nothing then.
    /// </summary>
    public static IReadOnlyList<FieldError> Decide(
        Appraisal appraisal,
        Guid? optionId,
        string? decision,
        string decidedBy,
        DateTimeOffset at
    )
    {
        if (appraisal.Status != AppraisalStatus.Presented)
            return
            [
                new FieldError("", "Only an appraisal that has been presented to the decision maker can be decided"),
            ];
        var problems = new List<FieldError>();
        var option = optionId is { } id ? appraisal.Content.Option(id) : null;
        if (optionId is not null && option is not { ShortListed: true })
            problems.Add(new(nameof(AppraisalDecision.OptionId), "Select one of the short-listed options"));
        if (string.IsNullOrWhiteSpace(decision))
            problems.Add(
                new(nameof(AppraisalDecision.Decision), "Enter the decision, in words people will understand")
            );
        else if (decision.Length > AppraisalRules.TextMaxLength)
            problems.Add(
                new(
                    nameof(AppraisalDecision.Decision),
                    $"The decision must be {AppraisalRules.TextMaxLength:N0} characters or fewer"
                )
            );
        if (problems.Count > 0)
            return problems;
        appraisal.Content.Decision = new AppraisalDecision
        {
            OptionId = option?.Id,
            Decision = decision!.Trim(),
            DecidedBy = decidedBy,
            DecidedAt = at,
        };
        appraisal.Status = AppraisalStatus.Decided;
        return [];
    }
}
