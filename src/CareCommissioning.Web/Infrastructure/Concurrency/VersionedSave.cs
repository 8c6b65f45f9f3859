namespace CareCommissioning.Web.Infrastructure.Concurrency;

/// <summary>
/// Saves changes to a record someone read at <c>postedVersion</c>. If another person saved it in between, nothing is
/// written and the record as it is now is returned, so the caller can show what changed (pages) or answer 409 (API);
/// likewise when a record being created was created by someone else first.
/// </summary>
public static class VersionedSave
{
    public sealed record Outcome<T>(bool Saved, T? Current)
        where T : class;

    public static async Task<Outcome<T>> SaveAsync<T>(
        AppDbContext db,
        T record,
        int postedVersion,
        Func<Task<T?>> readCurrent
    )
        where T : class, IVersioned
    {
        db.Entry(record).Property(nameof(IVersioned.Version)).OriginalValue = postedVersion;
        try
        {
            await db.SaveChangesAsync();
            return new Outcome<T>(true, record);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new Outcome<T>(false, await readCurrent());
        }
        catch (DbUpdateException) when (db.Entry(record).State == EntityState.Added)
        {
            // Someone else created the one record there may be (a unique key, such as a partnership's one agreement)
            // between reading and saving: theirs stands, as with an edit saved first.
            db.ChangeTracker.Clear();
            var current = await readCurrent();
            if (current is null)
                throw;
            return new Outcome<T>(false, current);
        }
    }
}
