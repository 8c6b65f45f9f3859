namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>
/// A round of the agreement's negotiation as the page and the API both add it (PB-P12): checked by the budget
/// negotiation's rules, sent by the user for one partner they keep the records of, and named by their role there.
/// </summary>
public static class AgreementRounds
{
    /// <summary>Why the agreement takes no more rounds, or null while it does.</summary>
    public static string? Closed(PartnershipAgreement a) =>
        a.Status == AgreementStatus.SignedOff
            ? "Every partner has signed off this version: change the terms to negotiate a new one"
            : null;

    /// <summary>The round, or the refusal naming the field to correct ("" for the round as a whole).</summary>
    public static (NegotiationRound? Round, FieldError? Refusal) Build(
        PartnershipAgreement agreement,
        CurrentUser user,
        PartnershipAccess.PartnerRow partner,
        RoundKind kind,
        IReadOnlyList<YearAmountProposal> amounts,
        string? message,
        DateOnly? dueOn,
        TimeProvider clock
    )
    {
        if (
            BudgetNegotiation.Refusal(
                agreement.Rounds,
                Closed(agreement),
                kind,
                amounts,
                message,
                dueOn,
                UkCalendar.Today(clock)
            ) is
            { } refusal
        )
            return (null, refusal);
        var role = user
            .Memberships.Where(m => m.OrganisationId == partner.Partner.OrganisationId)
            .Select(m => m.Role)
            .DefaultIfEmpty(Role.CommissioningPartner)
            .Min();
        return (
            new NegotiationRound
            {
                Kind = kind,
                By = user.DisplayName,
                ByRole = $"{RoleNames.Display(role)}, {partner.Organisation}",
                Amounts = [.. amounts],
                Message = message?.Trim() ?? "",
                DueOn = dueOn,
                At = clock.GetUtcNow(),
            },
            null
        );
    }
}
