namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>
/// Saves a replacement of a budget head's money by year, made on the allocations page or through the API. Another
/// change to the head's money can come first, between reading its allocations and saving them: a virement approved,
/// or someone else's amounts saved. Then the allocations' versions (or, for a year being added, its unique index)
/// refuse the save, nothing is written, and the caller tells the person so instead of failing.
/// </summary>
internal static class AllocationSave
{
    /// <summary>Saves, or returns false, with nothing saved and the tracker cleared, when another change came
    /// first.</summary>
    /// <param name="addedYears">The years this save gives the head that it did not have when read.</param>
    public static async Task<bool> TrySaveAsync(AppDbContext db, Guid headId, List<int> addedYears)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            if (
                e is DbUpdateConcurrencyException
                || (
                    addedYears.Count > 0
                    && await db
                        .BudgetAllocations.AsNoTracking()
                        .AnyAsync(a => a.BudgetHeadId == headId && addedYears.Contains(a.Year))
                )
            )
                return false;
            throw;
        }
    }
}
