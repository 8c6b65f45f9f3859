using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>
/// Starts a new version of a partnership's agreement whenever a save adds, changes or removes one of its contributions
/// once the current version is with the partners or decided on (<see
/// cref="AgreementWorkflow.StartNewVersionIfDecided"/>), whichever page or endpoint made the change. Runs before the
/// audit trail, so the agreement's change is versioned and audited with the contribution's, in the same transaction.
/// Keeps no state.
/// </summary>
internal sealed class ContributionChangeInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly string[] Money =
    [
        nameof(PartnershipContribution.Amount),
        nameof(PartnershipContribution.Year),
        nameof(PartnershipContribution.Kind),
        nameof(PartnershipContribution.PartnerId),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
            ReopenAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        if (eventData.Context is AppDbContext db)
            await ReopenAsync(db, cancellationToken);
        return result;
    }

    private async Task ReopenAsync(AppDbContext db, CancellationToken ct)
    {
        var partnerships = db
            .ChangeTracker.Entries<PartnershipContribution>()
            .Where(e =>
                e.State is EntityState.Added or EntityState.Deleted
                || (e.State == EntityState.Modified && Money.Any(p => e.Property(p).IsModified))
            )
            .Select(e => e.Entity.PartnershipId)
            .Distinct()
            .ToList();
        foreach (var id in partnerships)
        {
            var agreement = db.PartnershipAgreements.Local.FirstOrDefault(a => a.PartnershipId == id)
                ?? await db.PartnershipAgreements.FirstOrDefaultAsync(a => a.PartnershipId == id, ct);
            if (agreement is null)
                continue;
            var version = agreement.AgreementVersion;
            var decided = await db.PartnershipSignOffs.AnyAsync(
                s => s.PartnershipId == id && s.AgreementVersion == version,
                ct
            );
            if (AgreementWorkflow.StartNewVersionIfDecided(agreement, decided))
                agreement.UpdatedAt = clock.GetUtcNow();
        }
    }
}
