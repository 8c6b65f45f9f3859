using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>
/// A pool the council hosts with the ICB, 2026/27 to 2028/29, set up through the API by the council's finance officer,
/// and an ICB finance officer who holds no role at the council (the demo partner holds one at both).
/// </summary>
internal sealed record AgreementFixture(
    Guid Id,
    Guid CouncilPartner,
    Guid IcbPartner,
    HttpClient Council,
    HttpClient Icb,
    TestAccounts.Account IcbAccount
)
{
    public static async Task<AgreementFixture> SetUpAsync(AppFactory app, string name)
    {
        var icbOrg = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Icb);
        var api = await app.ApiClientAs(Role.FinanceOfficer);
        var created = await api.PostJsonAsync(
            "/api/v1/partnerships",
            $$"""
            {"name": "{{name}}", "arrangement": "PooledFund", "legalBasis": "BetterCareFund",
             "startDate": "2026-04-01", "endDate": "2029-03-31", "partners": ["{{icbOrg}}"]}
            """
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        await using var scope = app.Scope(out var db);
        var rows = await db.PartnershipPartners.AsNoTracking().Where(p => p.PartnershipId == id).ToListAsync();
        var icbAccount = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Icb);
        return new AgreementFixture(
            id,
            rows.Single(r => r.OrganisationId != icbOrg).Id,
            rows.Single(r => r.OrganisationId == icbOrg).Id,
            await app.SignedInAs(Role.FinanceOfficer),
            await TestAccounts.SignInAsync(app, icbAccount.Email, icbAccount.Password),
            icbAccount
        );
    }

    public string Contributions => $"/partnerships/{Id}/contributions";
    public string Agreement => $"/partnerships/{Id}/agreement";
    public string Terms => $"/partnerships/{Id}/agreement/edit";
    public string SignOff => $"/partnerships/{Id}/agreement/sign-off";

    public static Form Contribution(Guid partner, string year, string kind, string amount, string what) =>
        new Form()
            .Set("Input.PartnerId", partner.ToString())
            .Set("Input.Year", year)
            .Set("Input.Kind", kind)
            .Set("Input.Amount", amount)
            .Set("Input.Description", what);

    public async Task AddContributionAsync(HttpClient client, Guid partner, string amount, string year = "2026")
    {
        var response = await client.PostFormAsync(
            Contributions,
            Contribution(partner, year, "Cash", amount, "Cash into the pool")
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Form ProportionalTerms(int version) =>
        new Form()
            .Set("Input.RiskShare", "Proportional")
            .Set("Input.Underspend", "Return")
            .Set("Input.GovernanceBoard", "Better Care Fund Partnership Board")
            .Set("Input.Quorum", "Three members, one from each partner")
            .Set("Input.HealthAndWellbeingBoardReporting", "Quarterly to the Health and Wellbeing Board")
            .Set(
                "Input.ProviderArrangements",
                "The council contracts for reablement; the ICB for intermediate care beds"
            )
            .Set("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task SaveTermsAsync(Form terms)
    {
        var response = await Council.PostFormAsync(Terms, terms);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The host puts the current version to the partners for sign-off, as its page's button does.</summary>
    public async Task PutForSignOffAsync(AppFactory app)
    {
        var version = (await AgreementVersionAsync(app)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await Council.PostFormAsync(
            Agreement,
            new Form().Set("AgreementRecordVersion", version),
            action: Agreement + "?handler=Request"
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async Task<int> AgreementVersionAsync(AppFactory app)
    {
        await using var scope = app.Scope(out var db);
        return await db.PartnershipAgreements.Where(a => a.PartnershipId == Id).Select(a => a.Version).SingleAsync();
    }

    /// <summary>A signed-in user refused a page (403) is sent to the access-denied page.</summary>
    public static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }
}
