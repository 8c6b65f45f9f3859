using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Data;

/// <summary>
/// A step a feature adds to the start of every save, synchronous or not: registered before the audit trail, so what it
/// changes is versioned and audited with the rest, in the same transaction. Keeps no state: one instance serves every
/// pooled context.
/// </summary>
public abstract class BeforeSaveInterceptor : SaveChangesInterceptor
{
    protected abstract Task RunAsync(AppDbContext db, CancellationToken ct);

    public sealed override InterceptionResult<int> SavingChanges(
        DbContextEventData eventData,
        InterceptionResult<int> result
    )
    {
        if (eventData.Context is AppDbContext db)
            RunAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public sealed override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        if (eventData.Context is AppDbContext db)
            await RunAsync(db, cancellationToken);
        return result;
    }
}
