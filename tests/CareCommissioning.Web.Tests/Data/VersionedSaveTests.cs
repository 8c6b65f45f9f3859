using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Concurrency;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// A record that may exist once (a partnership's agreement) created by two people at the same moment: the second save
/// is refused as a conflict with the first one's record, as an edit saved first is, rather than failing on the
/// database's unique key.
/// </summary>
public sealed class VersionedSaveTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TheSecondOfTwoFirstAgreements_IsAConflictWithTheFirst_AndNothingOfItIsSaved()
    {
        Guid pool;
        await using (var scope = app.Scope(out var db))
        {
            var council = await db
                .Organisations.Where(o => o.Name == DemoUsers.Council)
                .Select(o => o.Id)
                .SingleAsync();
            var p = new Partnership { OrganisationId = council, Name = "Pool agreed twice at once" };
            db.Partnerships.Add(p);
            db.PartnershipPartners.Add(new PartnershipPartner { PartnershipId = p.Id, OrganisationId = council });
            await db.SaveChangesAsync();
            pool = p.Id;
        }

        // Both read "no agreement yet"; the first saves its terms, then the second tries to.
        await using var first = app.Scope(out var one);
        await using var second = app.Scope(out var two);
        var mine = new PartnershipAgreement { PartnershipId = pool, GovernanceBoard = "Board A" };
        var theirs = new PartnershipAgreement { PartnershipId = pool, GovernanceBoard = "Board B" };
        one.PartnershipAgreements.Add(mine);
        two.PartnershipAgreements.Add(theirs);
        Assert.True(
            (await VersionedSave.SaveAsync(one, mine, 0, () => Task.FromResult<PartnershipAgreement?>(null))).Saved
        );

        var outcome = await VersionedSave.SaveAsync(two, theirs, 0, () =>
            two.PartnershipAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.PartnershipId == pool)
        );

        Assert.False(outcome.Saved);
        Assert.Equal("Board A", outcome.Current!.GovernanceBoard);
        await using var check = app.Scope(out var db2);
        Assert.Equal(
            "Board A",
            (await db2.PartnershipAgreements.SingleAsync(a => a.PartnershipId == pool)).GovernanceBoard
        );
    }
}
