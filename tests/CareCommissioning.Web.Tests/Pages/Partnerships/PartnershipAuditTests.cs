using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>A partnership's audit trail is read by the auditors of every partner organisation, whoever's record a row
/// is about, and by nobody else; an auditor who leaves a partner organisation loses it at once.</summary>
public sealed class PartnershipAuditTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task IcbAuditor_ReadsTheCouncilsChangesToTheSharedPool_OthersDoNot()
    {
        var icb = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Icb);
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var added = await council.PostFormAsync(
            "/partnerships/add",
            new Form()
                .Set("Input.Name", "Audited pool " + Guid.NewGuid().ToString("N")[..6])
                .Set("Input.Partners", icb.ToString())
                .Set("Input.Arrangement", nameof(ArrangementType.PooledFund))
                .Set("Input.LegalBasis", nameof(LegalBasis.Section75))
                .Set("Input.Status", nameof(PartnershipStatus.Proposed))
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = Guid.Parse(added.Headers.Location!.OriginalString.Split('/').Last());
        Guid councilPartnerRow;
        await using (var scope = app.Scope(out var db))
        {
            var councilId = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Council);
            councilPartnerRow = await db
                .PartnershipPartners.Where(pp => pp.PartnershipId == id && pp.OrganisationId == councilId)
                .Select(pp => pp.Id)
                .SingleAsync();
            // The rows name the partnership, whichever organisation owns them.
            var rows = await db.AuditEntries.Where(e => e.PartnershipId == id).Select(e => e.EntityType).ToListAsync();
            Assert.Equal(
                ["Partnership", "PartnershipPartner", "PartnershipPartner"],
                rows.Order(StringComparer.Ordinal).ToList()
            );
        }

        var icbAuditor = await TestAccounts.CreateAsync(app, Role.Auditor, DemoUsers.Icb);
        var reader = await TestAccounts.SignInAsync(app, icbAuditor.Email, icbAuditor.Password);
        var pool = await reader.GetDocumentAsync($"/audit?RecordType=Partnership&RecordId={id}");
        Assert.Single(pool.QuerySelectorAll("tbody tr"));
        // The council's own constraints row is the council's record, yet the ICB's auditor reads it too.
        var row = await reader.GetDocumentAsync($"/audit?RecordType=PartnershipPartner&RecordId={councilPartnerRow}");
        Assert.Single(row.QuerySelectorAll("tbody tr"));

        var outsider = await TestAccounts.CreateAsync(app, Role.Auditor, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        var nothing = await other.GetDocumentAsync($"/audit?RecordType=Partnership&RecordId={id}");
        Assert.Empty(nothing.QuerySelectorAll("tbody tr"));
        long sequence;
        await using (var scope = app.Scope(out var db))
            sequence = await db
                .AuditEntries.Where(e => e.EntityId == id.ToString())
                .Select(e => e.Sequence)
                .SingleAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/audit/{sequence}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/audit/{sequence}")).StatusCode);

        // The auditor leaves the ICB: the next request no longer shows the partnership's trail.
        await using (var scope = app.Scope(out var db))
        {
            await db.Memberships.Where(m => m.UserId == icbAuditor.Id).ExecuteDeleteAsync();
            await db.Memberships.AddAsync(
                new Membership
                {
                    UserId = icbAuditor.Id,
                    OrganisationId = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Voluntary),
                    Role = Role.Auditor,
                }
            );
            await db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/audit/{sequence}")).StatusCode);
    }
}
