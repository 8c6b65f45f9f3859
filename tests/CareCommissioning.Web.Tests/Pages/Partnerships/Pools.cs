using System.Net;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>Partnerships made through the real add page, for the tests of what hangs off them.</summary>
internal static class Pools
{
    /// <summary>A pooled fund hosted by the signed-in council user's organisation, with the ICB as partner.</summary>
    public static async Task<Guid> AddAsync(AppFactory app, HttpClient council, string name)
    {
        var icb = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Icb);
        var response = await council.PostFormAsync(
            "/partnerships/add",
            new Form()
                .Set("Input.Name", name)
                .Set("Input.Partners", icb.ToString())
                .Set("Input.Arrangement", nameof(ArrangementType.PooledFund))
                .Set("Input.LegalBasis", nameof(LegalBasis.BetterCareFund))
                .Set("Input.StartDate.Day", "1")
                .Set("Input.StartDate.Month", "4")
                .Set("Input.StartDate.Year", "2025")
                .Set("Input.Status", nameof(PartnershipStatus.Proposed))
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>The partner row of the organisation called <paramref name="organisation"/>.</summary>
    public static async Task<Guid> PartnerAsync(AppFactory app, Guid partnership, string organisation)
    {
        var org = await TestAccounts.OrganisationIdAsync(app, organisation);
        await using var scope = app.Scope(out var db);
        return await db
            .PartnershipPartners.Where(p => p.PartnershipId == partnership && p.OrganisationId == org)
            .Select(p => p.Id)
            .SingleAsync();
    }
}
