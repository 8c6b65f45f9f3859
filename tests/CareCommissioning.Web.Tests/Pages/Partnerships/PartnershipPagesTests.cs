using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Partnerships;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>A council and an ICB set up a partnership; each partner's staff see it, record their own constraints and
/// confirm it; nobody else sees anything of it.</summary>
public sealed class PartnershipPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<Form> ValidFormAsync(string name)
    {
        var icb = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Icb);
        return new Form()
            .Set("Input.Name", name)
            .Set("Input.Partners", icb.ToString())
            .Set("Input.Arrangement", nameof(ArrangementType.PooledFund))
            .Set("Input.LegalBasis", nameof(LegalBasis.BetterCareFund))
            .Set("Input.PooledFundManager", "Priya Shah, Head of Integrated Finance")
            .Set("Input.Aims", "Fewer emergency admissions of people aged 65 and over")
            .Set("Input.ServicesCovered", "Reablement, carers' support, disabled facilities grants")
            .Set("Input.StartDate.Day", "1")
            .Set("Input.StartDate.Month", "4")
            .Set("Input.StartDate.Year", "2026")
            .Set("Input.EndDate.Day", "31")
            .Set("Input.EndDate.Month", "3")
            .Set("Input.EndDate.Year", "2027")
            .Set("Input.Status", nameof(PartnershipStatus.Proposed));
    }

    private async Task<Guid> AddAsync(HttpClient client, string name)
    {
        var response = await client.PostFormAsync("/partnerships/add", await ValidFormAsync(name));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    [Trait("Criterion", "PB-P6")]
    public async Task CouncilSetsUpAPoolWithTheIcb_BothSeeItWithTheirPartners()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var id = await AddAsync(council, "Northshire Better Care Fund 2026 to 2027");

        var mine = await council.GetDocumentAsync($"/partnerships/{id}");
        Assert.Contains("has been set up", mine.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("Pooled fund", mine.QuerySelector(".govuk-summary-list")!.TextContent);
        var partners = mine.QuerySelectorAll("table tbody th").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal([$"{DemoUsers.Council} (host)", DemoUsers.Icb], partners);

        var icb = await app.SignedInAs(Role.CommissioningPartner);
        var theirs = await icb.GetDocumentAsync("/partnerships?search=better+care");
        Assert.Contains(
            "Northshire Better Care Fund 2026 to 2027",
            theirs.QuerySelectorAll("table a").Select(a => a.TextContent)
        );
        Assert.Equal(HttpStatusCode.OK, (await icb.GetAsync($"/partnerships/{id}")).StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.Equal(2, await db.PartnershipPartners.CountAsync(p => p.PartnershipId == id));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Partnership" && a.EntityId == id.ToString()));
    }

    [Fact]
    public async Task SomeoneOfAnOrganisationNotInIt_FindsNothingByGuessingAddresses()
    {
        var council = await app.SignedInAs(Role.Commissioner);
        var id = await AddAsync(council, "Sealed pool");
        var partnerId = await FirstPartnerIdAsync(id);
        var outsider = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Voluntary);
        var client = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);

        foreach (
            var page in new[]
            {
                $"/partnerships/{id}",
                $"/partnerships/{id}/edit",
                $"/partnerships/{id}/partners/{partnerId}",
            }
        )
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        var list = await client.GetDocumentAsync("/partnerships?search=sealed");
        Assert.Empty(list.QuerySelectorAll("table a"));
        var api = await app.ApiClientFor(outsider.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/partnerships/{id}")).StatusCode);
        Assert.Equal(0, (await api.GetJsonAsync("/api/v1/partnerships?search=sealed")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AUserWhoLeavesThePartnerOrganisation_LosesAccessAtOnce()
    {
        var council = await app.SignedInAs(Role.Commissioner);
        var id = await AddAsync(council, "Pool someone leaves");
        var leaver = await TestAccounts.CreateAsync(app, Role.CommissioningPartner, DemoUsers.Icb);
        var client = await TestAccounts.SignInAsync(app, leaver.Email, leaver.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/partnerships/{id}")).StatusCode);

        await using (var scope = app.Scope(out var db))
        {
            db.Memberships.RemoveRange(db.Memberships.Where(m => m.UserId == leaver.Id));
            await db.SaveChangesAsync();
        }

        var after = await client.GetAsync($"/partnerships/{id}");
        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    [Trait("Criterion", "PB-P1")]
    [Trait("Criterion", "PB-P7")]
    public async Task EachPartner_RecordsItsOwnConstraints_AndConfirms_OthersOnlySeeThem()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var id = await AddAsync(council, "Pool with constraints");
        await using var scope = app.Scope(out var db);
        var icbId = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Icb);
        var icbRow = await db.PartnershipPartners.SingleAsync(p => p.PartnershipId == id && p.OrganisationId == icbId);
        var page = $"/partnerships/{id}/partners/{icbRow.Id}";
        var icbAccount = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Icb);
        var icb = await TestAccounts.SignInAsync(app, icbAccount.Email, icbAccount.Password);

        var wrong = await icb.PostFormAsync(
            page,
            new()
            {
                ["Input.VatTreatment"] = "Cannot recover VAT on most services",
                ["Input.FinancialYearStartMonth"] = "4",
                ["Input.ApprovalLimit"] = "a quarter of a million",
                ["Input.Version"] = "1",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var shown = await HtmlClient.ParseAsync(wrong);
        Assert.Equal("Cannot recover VAT on most services", shown.FieldValue("Input.VatTreatment"));
        Assert.Null((await db.PartnershipPartners.AsNoTracking().SingleAsync(p => p.Id == icbRow.Id)).VatTreatment);

        var saved = await icb.PostFormAsync(
            page,
            new List<KeyValuePair<string, string>>
            {
                new("Input.VatTreatment", "Cannot recover VAT on most services"),
                new("Input.RingFencedGrants", "None"),
                new("Input.FinancialYearStartMonth", "4"),
                new("Input.ApprovalLimit", "250,000"),
                new("Input.Confirm", PartnerModel.ConfirmValue),
                new("Input.ConfirmationNote", "ICB board, 12 March 2026"),
                new("Input.Version", "1"),
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = await db.PartnershipPartners.AsNoTracking().SingleAsync(p => p.Id == icbRow.Id);
        Assert.Equal(250_000m, row.ApprovalLimit);
        Assert.NotNull(row.ConfirmedAt);
        Assert.Contains(
            "1 of 2 partners have confirmed",
            (await council.GetDocumentAsync($"/partnerships/{id}")).Body!.TextContent
        );

        // The council sees the ICB's constraints but cannot change them.
        var view = await council.GetDocumentAsync(page);
        Assert.Null(view.QuerySelector("form[method=post] textarea"));
        Assert.Contains("Cannot recover VAT", view.QuerySelector(".govuk-summary-list")!.TextContent);
        var refused = await council.PostFormAsync(
            "/partnerships/add",
            new()
            {
                ["Input.VatTreatment"] = "Changed by the council",
                ["Input.FinancialYearStartMonth"] = "4",
                ["Input.Version"] = "2",
            },
            action: page
        );
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.AbsolutePath);
        Assert.Equal(
            "Cannot recover VAT on most services",
            (await db.PartnershipPartners.AsNoTracking().SingleAsync(p => p.Id == icbRow.Id)).VatTreatment
        );
    }

    [Fact]
    public async Task OnlyTheHostChangesTheArrangement_AndAStaleSaveIsRefused()
    {
        var council = await app.SignedInAs(Role.Commissioner);
        var id = await AddAsync(council, "Pool to change");
        // Someone who keeps partnerships at the ICB only (the demo partner holds a role at the council too).
        var icbOnly = await TestAccounts.CreateAsync(app, Role.CommissioningPartner, DemoUsers.Icb);
        var icb = await TestAccounts.SignInAsync(app, icbOnly.Email, icbOnly.Password);
        Assert.Equal(HttpStatusCode.OK, (await icb.GetAsync($"/partnerships/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await icb.GetAsync($"/partnerships/{id}/edit")).StatusCode);

        var form = (await ValidFormAsync("Pool to change, renamed"))
            .Without("Input.Partners")
            .Set("Input.Version", "1");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await council.PostFormAsync($"/partnerships/{id}/edit", form)).StatusCode
        );
        var stale = await council.PostFormAsync($"/partnerships/{id}/edit", form.With("Input.Name", "Stale name"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.Equal("Pool to change, renamed", (await db.Partnerships.SingleAsync(p => p.Id == id)).Name);
    }

    [Theory]
    [InlineData("Input.Partners", "", "Select at least one partner organisation besides the host")]
    [InlineData("Input.Name", "", "Enter a name for the partnership")]
    [InlineData("Input.EndDate.Year", "2025", "End date must be the same as or after the start date")]
    [InlineData("Input.Arrangement", "", "Select the type of arrangement")]
    public async Task Add_BadAnswer_SaysWhatIsWrong_KeepsTheAnswers_AndSavesNothing(
        string field,
        string value,
        string message
    )
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        await using var scope = app.Scope(out var db);
        var before = await db.Partnerships.CountAsync();
        var form = (await ValidFormAsync("Refused pool")).Set(field, value);

        var response = await council.PostFormAsync("/partnerships/add", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Contains(message, page.ErrorSummary());
        Assert.Equal("Refused pool", field == "Input.Name" ? "Refused pool" : page.FieldValue("Input.Name"));
        Assert.Equal(before, await db.Partnerships.CountAsync());
    }

    [Fact]
    public async Task Add_TheHostAsItsOwnPartner_IsRefused()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var host = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Council);

        var response = await council.PostFormAsync(
            "/partnerships/add",
            (await ValidFormAsync("Self pool")).Set("Input.Partners", host.ToString())
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "The host is a partner already: select the other organisations",
            (await HtmlClient.ParseAsync(response)).ErrorSummary()
        );
    }

    [Fact]
    [Trait("Criterion", "PB-P2")]
    public async Task ARiskOfThePartnership_AddedByTheCouncil_IsSeenByTheIcbOnThePartnershipPage()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var id = await AddAsync(council, "Pool with a risk");
        var form = new Form()
            .Set("Input.PartnershipId", id.ToString())
            .Set("Input.Title", "ICB contribution cut mid-year")
            .Set("Input.Category", "Financial")
            .Set("Input.Owner", "Tom Evans")
            .Set("Input.Likelihood", "3")
            .Set("Input.Impact", "4")
            .Set("Input.Status", "Open");

        var added = await council.PostFormAsync($"/risks/add?partnership={id}", form);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var icbAccount = await TestAccounts.CreateAsync(app, Role.CommissioningPartner, DemoUsers.Icb);
        var icb = await TestAccounts.SignInAsync(app, icbAccount.Email, icbAccount.Password);
        var page = await icb.GetDocumentAsync($"/partnerships/{id}");
        var table = page.QuerySelector("[aria-label='Risks of the partnership'] tbody");
        Assert.Contains("ICB contribution cut mid-year", table!.TextContent);
        Assert.Contains("12 High", table.TextContent);
        // The ICB cannot open the council's register entry; the title is shown without a link.
        Assert.Empty(table.QuerySelectorAll("a"));

        // A partnership the user's organisations are not in is ignored on the add page: nothing is linked to it.
        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        var guess = await other.GetDocumentAsync($"/risks/add?partnership={id}");
        Assert.DoesNotContain("Pool with a risk", guess.Body!.TextContent);
    }

    private async Task<Guid> FirstPartnerIdAsync(Guid partnership)
    {
        await using var scope = app.Scope(out var db);
        return await db.PartnershipPartners.Where(p => p.PartnershipId == partnership).Select(p => p.Id).FirstAsync();
    }
}
