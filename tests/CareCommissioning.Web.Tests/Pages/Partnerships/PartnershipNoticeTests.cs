using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>
/// Partners are told what needs them (PB-P12, P13): a round of the negotiation reaches the other partners' people, and
/// a version put for sign-off reaches each partner's people and decision makers, in the app and by e-mail.
/// </summary>
public sealed class PartnershipNoticeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string V(int version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    [Trait("Criterion", "PB-P12")]
    [Trait("Criterion", "PB-P13")]
    public async Task ARoundReachesTheOtherPartner_AndARequestForSignOffReachesEveryPartnersPeople()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool that tells its partners");
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(0));
        var proposal = new Form()
            .Set("Input.Kind", "Proposal")
            .Set("Input.Amounts[0]", "5,000,000")
            .Set("Input.Message", "Our board can commit £2m a year")
            .Set("Input.DueOn.Day", "18")
            .Set("Input.DueOn.Month", "12")
            .Set("Input.DueOn.Year", "2026")
            .Set("Input.Version", V(await f.AgreementVersionAsync(app)));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await f.Icb.PostFormAsync(f.Agreement, proposal, action: f.Agreement + "?handler=Round")).StatusCode
        );

        // The council's finance officer reads it in their messages; the ICB officer who sent it is not told.
        var councilMessages = (await f.Council.GetDocumentAsync("/notices")).QuerySelector("main")!.TextContent;
        Assert.Contains("Agreement: proposal on Pool that tells its partners", councilMessages);
        Assert.Contains("Our board can commit £2m a year", councilMessages);
        Assert.Contains("An answer is needed by 18 December 2026", councilMessages);
        Assert.DoesNotContain(
            "Agreement: proposal on Pool that tells its partners",
            (await f.Icb.GetDocumentAsync("/notices")).QuerySelector("main")!.TextContent
        );

        await f.AddContributionAsync(f.Council, f.CouncilPartner, "3000000");
        await f.AddContributionAsync(f.Icb, f.IcbPartner, "2000000");
        await f.PutForSignOffAsync(app);
        var icbMessages = (await f.Icb.GetDocumentAsync("/notices")).QuerySelector("main")!.TextContent;
        Assert.Contains("Agreement for sign-off: Pool that tells its partners", icbMessages);
        Assert.Contains($"record their decision at http://localhost/partnerships/{f.Id}/agreement", icbMessages);

        // Each goes by e-mail too, through the outbox, to the person's own address.
        await using var scope = app.Scope(out var db);
        var mail = await db
            .Outbox.AsNoTracking()
            .Where(m => m.Subject.Contains("Pool that tells its partners"))
            .ToListAsync();
        Assert.Contains(mail, m =>
            m.To == f.IcbAccount.Email && m.Subject.StartsWith("Agreement for sign-off", StringComparison.Ordinal)
        );
        Assert.Contains(mail, m =>
            m.To == DemoUsers.For(Role.FinanceOfficer).Email
            && m.Subject.StartsWith("Agreement: proposal", StringComparison.Ordinal)
        );
        // The ICB's decision makers are asked too: a demo decision maker holds a role at the council only, so nobody
        // outside the two partners hears of it.
        var outsiders = await db
            .Notices.AsNoTracking()
            .Where(n => n.SubjectId == f.Id)
            .Select(n => n.OrganisationId)
            .Distinct()
            .ToListAsync();
        var partners = await db
            .PartnershipPartners.AsNoTracking()
            .Where(p => p.PartnershipId == f.Id)
            .Select(p => p.OrganisationId)
            .ToListAsync();
        Assert.All(outsiders, o => Assert.Contains(o, partners));
    }
}
