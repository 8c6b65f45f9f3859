using CareCommissioning.Web.Infrastructure.Notices;

namespace CareCommissioning.Web.Pages.Partnerships.Notices;

/// <summary>
/// Tells partners what needs them (PB-P12, P13, P15): a round of the agreement's negotiation, a version put to them
/// for sign-off, a return due or overdue, a round whose answer is overdue. Each message goes to the people who keep
/// partnerships in each partner organisation named (and its decision makers when a decision is asked), once a person,
/// in the app and by e-mail through the outbox, in the same transaction as the change that caused it.
/// </summary>
public static class PartnershipNotices
{
    private static readonly Role[] Keepers = Policies.RolesFor[Policies.PartnershipsWrite];
    private static readonly Role[] KeepersAndDeciders = [.. Keepers, Role.DecisionMaker];

    /// <summary>A message about <paramref name="partnership"/> to the people of <paramref name="organisations"/>, but
    /// not to <paramref name="exceptUserId"/> (who caused it); returns how many people it goes to.</summary>
    public static Task<int> TellAsync(
        AppDbContext db,
        Guid partnership,
        IReadOnlyCollection<Guid> organisations,
        bool decisionMakersToo,
        string? exceptUserId,
        string title,
        string body,
        DateTimeOffset now
    ) =>
        PeopleNotices.TellAsync(
            db,
            nameof(Partnership),
            partnership,
            organisations,
            decisionMakersToo ? KeepersAndDeciders : Keepers,
            exceptUserId,
            title,
            body,
            now
        );

    /// <summary>A round of the agreement's negotiation, to every partner's keepers but the sender.</summary>
    public static Task<int> RoundAsync(
        AppDbContext db,
        PartnershipMembership scope,
        NegotiationRound round,
        string senderId,
        string link
    )
    {
        var kind = RoundKindNames.Display(round.Kind).ToLowerInvariant();
        var due = round.DueOn is { } d ? $" An answer is needed by {Display.Date(d)}." : "";
        return TellAsync(
            db,
            scope.Partnership.Id,
            OrganisationsOf(scope),
            false,
            senderId,
            $"Agreement: {kind} on {scope.Partnership.Name}",
            $"""
            {round.By} ({round.ByRole}) sent a {kind} on the agreement for {scope.Partnership.Name}.{due}

            {round.Message}

            Read the agreement and answer at {link}
            """,
            round.At
        );
    }

    /// <summary>A version put to the partners for sign-off, to every partner's keepers and decision makers.</summary>
    public static Task<int> SignOffRequestedAsync(
        AppDbContext db,
        PartnershipMembership scope,
        PartnershipAgreement agreement,
        string senderId,
        string link,
        DateTimeOffset now
    ) =>
        TellAsync(
            db,
            scope.Partnership.Id,
            OrganisationsOf(scope),
            true,
            senderId,
            $"Agreement for sign-off: {scope.Partnership.Name}",
            $"""
            Version {agreement.AgreementVersion} of the agreement for {scope.Partnership.Name} has been put to the partners for sign-off.

            Take it to your organisation's decision makers, then record their decision at {link}
            """,
            now
        );

    private static List<Guid> OrganisationsOf(PartnershipMembership scope) =>
        scope.Partners.Select(p => p.Partner.OrganisationId).ToList();
}
