namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>
/// Asking for and deciding virements, shared by the virements page and the API so both apply the same rules: the heads
/// must be live heads of the requester's organisations, the giving head must hold the money, and approval moves it on
/// both heads at once. The giving head must still hold the money when the approval is saved: its allocation is read
/// afresh for the decision, and the allocations' versions refuse the approval if anything moved either head's money
/// since (another virement at the same moment, say), so two virements can never both take money that is there once.
/// </summary>
public sealed class VirementCommands(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    /// <summary>Records the request, or returns why it cannot be made (by field, with nothing saved).</summary>
    public async Task<IReadOnlyList<FieldError>> RequestAsync(Virement v)
    {
        var writable = user.OrganisationsFor(Policies.NeedsWrite);
        var live = await db
            .BudgetHeads.AsNoTracking()
            .Where(h =>
                writable.Contains(h.OrganisationId) && !h.Archived && (h.Id == v.FromHeadId || h.Id == v.ToHeadId)
            )
            .Select(h => new { h.Id, h.OrganisationId })
            .ToListAsync();
        var from = live.FirstOrDefault(h => h.Id == v.FromHeadId);
        if (from is null)
            v.FromHeadId = Guid.Empty;
        if (live.All(h => h.Id != v.ToHeadId))
            v.ToHeadId = Guid.Empty;
        v.OrganisationId = from?.OrganisationId ?? writable.FirstOrDefault();
        var available = await db
            .BudgetAllocations.AsNoTracking()
            .Where(a => a.BudgetHeadId == v.FromHeadId && a.Year == v.Year)
            .Select(a => (decimal?)a.Amount)
            .FirstOrDefaultAsync();
        var errors = VirementRules.Request(
            v,
            user.Id,
            user.DisplayName,
            clock.GetUtcNow(),
            available ?? (v.FromHeadId == Guid.Empty ? null : 0m)
        );
        if (errors.Count > 0)
            return errors;
        db.Virements.Add(v);
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>Approves or rejects a requested virement; returns why not, or null when done.</summary>
    public async Task<string?> DecideAsync(Virement v, bool approve, string? note)
    {
        if (!user.Can(Policies.ApproveVirements, v.OrganisationId))
            return "Only a finance officer or decision maker of the organisation can decide a virement";
        // Read now, not from what the approver was shown: the rule that a virement takes no more than the head holds
        // is checked against the money as it is, and the save below is refused if it changes before the approval is
        // written.
        var from = await db.BudgetAllocations.FirstOrDefaultAsync(a =>
            a.BudgetHeadId == v.FromHeadId && a.Year == v.Year
        );
        var to = await db.BudgetAllocations.FirstOrDefaultAsync(a => a.BudgetHeadId == v.ToHeadId && a.Year == v.Year);
        var receiving = to
            ?? new BudgetAllocation
            {
                BudgetHeadId = v.ToHeadId,
                Year = v.Year,
                Note = "From virements",
            };
        if (
            VirementRules.Decide(v, user.Id, user.DisplayName, approve, note, from, receiving, clock.GetUtcNow()) is
            { } refusal
        )
            return refusal;
        // The receiving head gets an allocation for the year only when money actually arrives.
        if (approve && to is null)
            db.BudgetAllocations.Add(receiving);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e)
        {
            // Another save came first, and the whole of ours (one transaction) was refused: it found the virement's
            // version moved on (someone else decided it), or a head's allocation's version moved on (another virement
            // or an edit of the head's money changed it since it was read), or the receiving head's allocation for the
            // year already added (its unique index). Anything else is a fault.
            db.ChangeTracker.Clear();
            if (await DecidedAsync(v.Id))
                return DecidedMeanwhile;
            if (
                e is DbUpdateConcurrencyException
                || (approve && to is null && await AllocatedAsync(v.ToHeadId, v.Year))
            )
                return MoneyChanged;
            throw;
        }
        return null;
    }

    public const string DecidedMeanwhile =
        "Someone else decided this virement at the same time as you, so your decision was not saved. Check the "
        + "virements to see what they decided";

    public const string MoneyChanged =
        "The money in a budget head changed while your decision was being saved (another virement was approved, or "
        + "the head's money was changed), so your decision was not saved. Check what the heads hold now and decide "
        + "again";

    private Task<bool> AllocatedAsync(Guid head, int year) =>
        db.BudgetAllocations.AsNoTracking().AnyAsync(a => a.BudgetHeadId == head && a.Year == year);

    private Task<bool> DecidedAsync(Guid id) =>
        db.Virements.AsNoTracking().AnyAsync(x => x.Id == id && x.Status != VirementStatus.Requested);
}
