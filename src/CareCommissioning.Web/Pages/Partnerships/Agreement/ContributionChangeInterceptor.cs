namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>
/// Starts a new version of a partnership's agreement whenever a save adds, changes or removes one of its contributions
/// once the current version is with the partners or decided on (<see
/// cref="AgreementWorkflow.StartNewVersionIfDecided"/>), whichever page or endpoint made the change. Runs before the
/// audit trail, so the agreement's change is versioned and audited with the contribution's, in the same transaction.
/// Keeps no state.
/// </summary>
internal sealed class ContributionChangeInterceptor(TimeProvider clock) : BeforeSaveInterceptor
{
    private static readonly string[] Money =
    [
        nameof(PartnershipContribution.Amount),
        nameof(PartnershipContribution.Year),
        nameof(PartnershipContribution.Kind),
        nameof(PartnershipContribution.PartnerId),
    ];

    protected override async Task RunAsync(AppDbContext db, CancellationToken ct)
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
            var tracked = db
                .ChangeTracker.Entries<PartnershipAgreement>()
                .FirstOrDefault(e => e.Entity.PartnershipId == id);
            // An agreement saved for the first time with its contributions (as the demo's is) starts as it is given.
            if (tracked?.State == EntityState.Added)
                continue;
            var agreement = tracked?.Entity
                ?? await db.PartnershipAgreements.FirstOrDefaultAsync(a => a.PartnershipId == id, ct);
            if (agreement is null)
                continue;
            var decided = await AgreementDecisions.OnCurrentVersionAsync(db, agreement, ct);
            if (AgreementWorkflow.StartNewVersionIfDecided(agreement, decided))
                agreement.UpdatedAt = clock.GetUtcNow();
        }
    }
}
