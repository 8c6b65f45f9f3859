using CareCommissioning.Web.Infrastructure.Notices;

namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>
/// Proposing and deciding a variation: the one command the page and the endpoint share for each business event, so
/// they cannot drift apart. Nothing is saved unless every rule holds.
/// </summary>
public static class VariationCommands
{
    public sealed record Outcome(ContractVariation? Variation, IReadOnlyList<FieldError> Errors, bool Conflict = false)
    {
        public bool Saved => Errors.Count == 0 && !Conflict;
    }

    public static async Task<Outcome> ProposeAsync(
        AppDbContext db,
        CurrentUser user,
        Contract contract,
        VariationProposal proposal,
        DateTimeOffset now
    )
    {
        var threshold = await ContractLookups.ThresholdAsync(db, contract);
        var errors = VariationRules.Validate(proposal, contract, threshold);
        if (errors.Count > 0)
            return new(null, errors);
        var variation = VariationRules.Propose(proposal, contract, user.Id, user.DisplayName, now);
        db.ContractVariations.Add(variation);
        // The decision makers hear of it: nothing else tells them a variation is waiting.
        var change =
            variation.ValueChange == 0
                ? "no change to its value"
                : $"a change of {Display.Money(variation.ValueChange)} to its value";
        await PeopleNotices.TellAsync(
            db,
            nameof(Contract),
            contract.Id,
            [contract.OrganisationId],
            Policies.RolesFor[Policies.Decide],
            user.Id,
            $"A variation of contract {contract.Reference} awaits a decision",
            $"""
            Contract {contract.Reference}, {contract.Title}: {user.DisplayName} proposed a variation with {change}.

            Reason: {variation.Reason}

            Open the contract from Contracts, searching for {contract.Reference}, to approve or refuse it.
            """,
            now
        );
        await db.SaveChangesAsync();
        return new(variation, []);
    }

    /// <summary>Approves or refuses a proposed variation of a tracked contract; a decision made by someone else
    /// first, or a change to the contract in between, is a conflict and nothing is saved.</summary>
    public static async Task<Outcome> DecideAsync(
        AppDbContext db,
        CurrentUser user,
        Contract contract,
        ContractVariation variation,
        bool approve,
        string? note,
        DateTimeOffset now
    )
    {
        var threshold = await ContractLookups.ThresholdAsync(db, contract);
        var errors = approve
            ? VariationRules.Approve(variation, contract, threshold, user.Id, user.DisplayName, note, now)
            : VariationRules.Refuse(variation, contract, user.Id, user.DisplayName, note, now);
        if (errors.Count > 0)
            return new(variation, errors);
        try
        {
            await db.SaveChangesAsync();
            return new(variation, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(
                variation,
                [new("", "Someone else decided this variation or changed the contract first: nothing was saved")],
                Conflict: true
            );
        }
    }

    public static Task<List<ContractVariation>> ListAsync(AppDbContext db, Guid contractId) =>
        db
            .ContractVariations.AsNoTracking()
            .Where(v => v.ContractId == contractId)
            .OrderBy(v => v.CreatedAt)
            .ThenBy(v => v.Id)
            .ToListAsync();
}
