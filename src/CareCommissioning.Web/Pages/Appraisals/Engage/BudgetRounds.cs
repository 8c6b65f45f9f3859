using CareCommissioning.Web.Pages.Appraisals.Decide;

namespace CareCommissioning.Web.Pages.Appraisals.Engage;

/// <summary>What the negotiation page and the API both apply to a round before it is added (OA-P20…P22).</summary>
public static class BudgetRounds
{
    public const string SelfAgreement = "Someone other than the person who proposed these amounts must agree them";

    /// <summary>True when the person agreeing proposed the amounts on the table: an agreement needs the other
    /// side.</summary>
    public static bool IsSelfAgreement(BudgetProposal p, RoundKind kind, string by) =>
        kind == RoundKind.Agreement
        && p.Rounds.LastOrDefault(r => r.Kind is RoundKind.Proposal or RoundKind.CounterProposal)?.By == by;

    /// <summary>A round by the signed-in user, signed with their most senior role in the appraisal's
    /// organisation.</summary>
    public static NegotiationRound New(
        CurrentUser user,
        Guid organisationId,
        RoundKind kind,
        List<YearAmountProposal> amounts,
        string? message,
        DateOnly? dueOn,
        DateTimeOffset at
    )
    {
        var role = user
            .Memberships.Where(m => m.OrganisationId == organisationId)
            .Select(m => m.Role)
            .DefaultIfEmpty(Role.Commissioner)
            .Min();
        return new NegotiationRound
        {
            Kind = kind,
            By = user.DisplayName,
            ByRole = RoleNames.Display(role),
            Amounts = amounts,
            Message = message?.Trim() ?? "",
            DueOn = dueOn,
            At = at,
        };
    }

    /// <summary>
    /// An agreement reached after the appraisal was decided is told to everyone the decision went to (OA-P23); before
    /// the decision, the decision notice carries the budget. Returns how many are told.
    /// </summary>
    public static async Task<int> TellOfLateAgreementAsync(
        AppDbContext db,
        Appraisal a,
        BudgetProposal p,
        string decisionLink
    ) =>
        p.Status == ProposalStatus.Agreed && a.Status == AppraisalStatus.Decided
            ? await DecisionNotices.AddBudgetAgreedAsync(db, a, p, decisionLink, p.UpdatedAt)
            : 0;
}
