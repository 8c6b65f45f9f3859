using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>
/// The agreement (PB-P6, P8, P12, P13): the host sets out the terms, partners negotiate in rounds, the host puts a
/// version to the partners, each partner's decision makers decide on its budget proposal, and the agreement is signed
/// off when all have approved; a change of terms starts a new version. Nobody outside the partnership sees any of it.
/// </summary>
public sealed class AgreementPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string V(int version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    [Trait("Criterion", "PB-P6")]
    [Trait("Criterion", "PB-P8")]
    public async Task TheHostSetsOutTheTerms_AndTheIcbReadsTheRuleInPlainEnglish_ButCannotChangeThem()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool with terms");
        await f.SaveTermsAsync(
            AgreementFixture
                .ProportionalTerms(0)
                .Set("Input.RiskShare", "Capped")
                .Set("Input.CapPercent", "3")
                .Set("Input.CapExcessPartnerId", f.CouncilPartner.ToString())
                .Set("Input.Underspend", "CarryForward")
        );

        var page = await f.Icb.GetDocumentAsync(f.Agreement);
        var terms = page.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains(
            $"Overspends are shared in proportion to contributions up to 3% of the pool; the rest falls to {DemoUsers.Council}.",
            terms
        );
        Assert.Contains("An underspend is carried forward in the pool to the next year.", terms);
        Assert.Contains("Better Care Fund Partnership Board", terms);
        Assert.Contains("Quarterly to the Health and Wellbeing Board", terms);
        Assert.Contains("The council contracts for reablement", terms);
        Assert.Contains("Version 1: Draft", terms);
        Assert.Equal(HttpStatusCode.NotFound, (await f.Icb.GetAsync(f.Terms)).StatusCode);
        Assert.Null(page.QuerySelector($"a[href='{f.Terms}']"));
    }

    [Theory]
    [InlineData("150", "own", "The cap must be more than 0% and no more than 100% of the pool")]
    [InlineData("0", "own", "The cap must be more than 0% and no more than 100% of the pool")]
    [InlineData("three", "own", "The cap must be a percentage, like 3 or 2.5")]
    [InlineData(
        "3",
        "",
        "Select the partner that takes the overspend above the cap, so no part of an overspend is left to nobody"
    )]
    [InlineData(
        "3",
        "stranger",
        "The partner taking the overspend above the cap must be a partner of this partnership"
    )]
    public async Task ABadRule_SaysWhatIsWrong_KeepsTheAnswers_AndSavesNothing(
        string cap,
        string partner,
        string message
    )
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool with a bad rule");
        var form = AgreementFixture
            .ProportionalTerms(0)
            .Set("Input.RiskShare", "Capped")
            .Set("Input.CapPercent", cap)
            .Set(
                "Input.CapExcessPartnerId",
                partner switch
                {
                    "own" => f.CouncilPartner.ToString(),
                    "stranger" => Guid.NewGuid().ToString(),
                    _ => "",
                }
            );

        var response = await f.Council.PostFormAsync(f.Terms, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: ", doc.Title);
        Assert.Equal([message], doc.ErrorSummary());
        Assert.Equal(cap, doc.FieldValue("Input.CapPercent"));
        Assert.Equal("Better Care Fund Partnership Board", doc.FieldValue("Input.GovernanceBoard"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.PartnershipAgreements.AnyAsync(a => a.PartnershipId == f.Id));
    }

    [Fact]
    public async Task AStaleSaveOfTheTerms_IsRefusedWith409_AndTheAnswersKept()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool with a stale save");
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(0));
        var version = await f.AgreementVersionAsync(app);
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(version).Set("Input.Quorum", "Four members"));

        var stale = await f.Council.PostFormAsync(
            f.Terms,
            AgreementFixture.ProportionalTerms(version).Set("Input.Quorum", "Two members")
        );

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var doc = await HtmlClient.ParseAsync(stale);
        Assert.Equal("Two members", doc.FieldValue("Input.Quorum"));
        Assert.Contains("Four members", doc.Body!.TextContent);
        await using var scope = app.Scope(out var db);
        Assert.Equal("Four members", (await db.PartnershipAgreements.SingleAsync(a => a.PartnershipId == f.Id)).Quorum);
    }

    [Fact]
    [Trait("Criterion", "PB-P12")]
    [Trait("Criterion", "PB-P13")]
    public async Task PartnersNegotiate_EachDecidesOnItsBudgetProposal_AndWhenBothApproveTheAgreementIsSignedOff()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool to sign");
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(0));
        var request = new Form().Set("AgreementRecordVersion", V(await f.AgreementVersionAsync(app)));

        // Not while contributions add up to nothing.
        var early = await f.Council.PostFormAsync(f.Agreement, request, action: f.Agreement + "?handler=Request");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("add up to £0", (await HtmlClient.ParseAsync(early)).ErrorSummary().Single());

        // The ICB proposes the pool's amounts in a round, the council agrees them.
        var proposal = new Form()
            .Set("Input.Kind", "Proposal")
            .Set("Input.Amounts[0]", "10,000,000")
            .Set("Input.Amounts[1]", "10,400,000")
            .Set("Input.Message", "The NHS minimum contribution rises 3.9%")
            .Set("Input.DueOn.Day", "18")
            .Set("Input.DueOn.Month", "12")
            .Set("Input.DueOn.Year", "2026")
            .Set("Input.Version", V(await f.AgreementVersionAsync(app)));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await f.Icb.PostFormAsync(f.Agreement, proposal, action: f.Agreement + "?handler=Round")).StatusCode
        );
        // A round sent on the agreement as it was before the ICB's is refused, the message kept.
        var stale = await f.Council.PostFormAsync(
            f.Agreement,
            proposal.Set("Input.Kind", "Clarification").Set("Input.Message", "Which uplift?"),
            action: f.Agreement + "?handler=Round"
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Which uplift?", (await HtmlClient.ParseAsync(stale)).FieldValue("Input.Message"));
        var agree = new Form()
            .Set("Input.Kind", "Agreement")
            .Set("Input.Version", V(await f.AgreementVersionAsync(app)));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await f.Council.PostFormAsync(f.Agreement, agree, action: f.Agreement + "?handler=Round")).StatusCode
        );
        var rounds = (await f.Council.GetDocumentAsync(f.Agreement)).QuerySelector("ol.govuk-list")!.TextContent;
        Assert.Contains("Proposal from Test", rounds);
        Assert.Contains("Agreement from", rounds);

        await f.AddContributionAsync(f.Council, f.CouncilPartner, "6000000");
        await f.AddContributionAsync(f.Icb, f.IcbPartner, "4000000");
        await f.PutForSignOffAsync(app);

        // The ICB's budget proposal: its contribution beside the pool.
        var proposals = await f.Icb.GetDocumentAsync(f.SignOff);
        var icbProposal = proposals
            .QuerySelector($"[aria-label='Budget proposal of {DemoUsers.Icb}'] tbody")!
            .TextContent;
        Assert.Contains("£4,000,000.00", icbProposal);
        Assert.Contains("£10,000,000.00", icbProposal);

        // The ICB cannot record the council's decision.
        AgreementFixture.AssertRefused(
            await f.Icb.PostFormAsync(
                f.SignOff,
                Decision(f.CouncilPartner, "ICB board", await f.AgreementVersionAsync(app))
            )
        );
        var icbDecision = await f.Icb.PostFormAsync(
            f.SignOff,
            Decision(f.IcbPartner, "ICB board", await f.AgreementVersionAsync(app))
        );
        Assert.Equal(HttpStatusCode.Redirect, icbDecision.StatusCode);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                AgreementStatus.ForSignOff,
                (await db.PartnershipAgreements.SingleAsync(a => a.PartnershipId == f.Id)).Status
            );
        var councilDecision = await f.Council.PostFormAsync(
            f.SignOff,
            Decision(f.CouncilPartner, "Cabinet", await f.AgreementVersionAsync(app))
        );
        Assert.Equal(HttpStatusCode.Redirect, councilDecision.StatusCode);

        var signed = await f.Icb.GetDocumentAsync(f.Agreement);
        Assert.Contains(
            "Version 1: Signed off by every partner",
            signed.QuerySelector(".govuk-summary-list")!.TextContent
        );
        await using (var scope = app.Scope(out var db))
        {
            Assert.Equal(PartnershipStatus.Agreed, (await db.Partnerships.SingleAsync(p => p.Id == f.Id)).Status);
            Assert.Equal(
                2,
                await db.PartnershipSignOffs.CountAsync(s => s.PartnershipId == f.Id && s.AgreementVersion == 1)
            );
        }

        // The DOCX carries the proposal each partner took to its decision makers.
        var docx = await f.Icb.GetAsync($"/partnerships/{f.Id}/agreement.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx.Content.Headers.ContentType!.MediaType
        );
        using (
            var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
                await docx.Content.ReadAsStreamAsync(),
                false
            )
        )
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains($"Budget proposal of {DemoUsers.Icb}", text);
            Assert.Contains("Decision on version 1: Approved by ICB board", text);
        }

        // Changing the terms now starts version 2, a draft: both decisions stay, for version 1, and no longer count.
        await f.SaveTermsAsync(
            AgreementFixture.ProportionalTerms(await f.AgreementVersionAsync(app)).Set("Input.Quorum", "Four members")
        );
        var redrafted = await f.Icb.GetDocumentAsync(f.Agreement);
        Assert.Contains("Version 2: Draft", redrafted.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.Equal(2, redrafted.QuerySelectorAll("[aria-label='Decisions on earlier versions'] tbody tr").Length);
        Assert.Equal(
            2,
            redrafted.QuerySelectorAll("[aria-label='Sign-off of the current version'] .govuk-tag--grey").Length
        );
    }

    [Fact]
    [Trait("Criterion", "PB-P5")]
    [Trait("Criterion", "PB-P13")]
    public async Task AContributionChangedAfterSignOff_IsWarnedOf_AndStartsANewVersionToSignAgain()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool whose money changes");
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(0));
        await f.AddContributionAsync(f.Council, f.CouncilPartner, "6000000");
        await f.AddContributionAsync(f.Icb, f.IcbPartner, "4000000");
        Assert.Null((await f.Icb.GetDocumentAsync(f.Contributions)).QuerySelector(".govuk-warning-text"));
        await f.PutForSignOffAsync(app);
        foreach (
            var (client, partner, makers) in new[]
            {
                (f.Icb, f.IcbPartner, "ICB board"),
                (f.Council, f.CouncilPartner, "Cabinet"),
            }
        )
            Assert.Equal(
                HttpStatusCode.Redirect,
                (
                    await client.PostFormAsync(f.SignOff, Decision(partner, makers, await f.AgreementVersionAsync(app)))
                ).StatusCode
            );

        // Before adding next year's money, the ICB is told what it will do to the signed agreement.
        var before = await f.Icb.GetDocumentAsync(f.Contributions);
        Assert.Equal(
            "Warning Version 1 of the agreement is signed off by every partner. Adding, changing or removing a contribution starts version 2, which the host puts to the partners and each partner signs again.",
            before.QuerySelector(".govuk-warning-text__text")!.TextContent.Trim()
        );
        await f.AddContributionAsync(f.Icb, f.IcbPartner, "4200000", "2027");

        var after = await f.Council.GetDocumentAsync(f.Agreement);
        Assert.Contains("Version 2: Draft", after.QuerySelector(".govuk-summary-list")!.TextContent);
        await using var scope = app.Scope(out var db);
        var agreement = await db.PartnershipAgreements.AsNoTracking().SingleAsync(a => a.PartnershipId == f.Id);
        Assert.Equal((2, AgreementStatus.Draft), (agreement.AgreementVersion, agreement.Status));
        // The sign-offs stay with the version they signed; the change is in the agreement's history.
        Assert.Equal(
            2,
            await db.PartnershipSignOffs.CountAsync(s => s.PartnershipId == f.Id && s.AgreementVersion == 1)
        );
        Assert.True(
            await db.AuditEntries.AnyAsync(e =>
                e.EntityType == nameof(PartnershipAgreement)
                && e.EntityId == agreement.Id.ToString()
                && e.Changes.Contains("AgreementVersion")
            )
        );
    }

    [Fact]
    [Trait("Criterion", "PB-P13")]
    public async Task TheDemoPool_IsSignedOffAtVersion1_AndItsContributionsPageWarnsBeforeAChange()
    {
        Guid pool;
        await using (var scope = app.Scope(out var db))
            pool = await db.Partnerships.Where(p => p.Name == DemoPartnership.Name).Select(p => p.Id).SingleAsync();
        var council = await app.SignedInAs(Role.FinanceOfficer);
        Assert.Contains(
            "Version 1: Signed off by every partner",
            (await council.GetDocumentAsync($"/partnerships/{pool}/agreement"))
                .QuerySelector(".govuk-summary-list")!
                .TextContent
        );
        var contributions = await council.GetDocumentAsync($"/partnerships/{pool}/contributions");
        Assert.StartsWith(
            "Warning Version 1 of the agreement is signed off by every partner. Adding, changing or removing a contribution starts version 2",
            contributions.QuerySelector(".govuk-warning-text__text")!.TextContent.Trim()
        );
        Assert.DoesNotContain("..", contributions.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task ADecision_IsCheckedBeforeItIsRecorded_AndNotTakenBeforeTheHostAsks()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool with a bad decision");
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(0));
        var draft = await f.Icb.PostFormAsync(
            f.SignOff,
            Decision(f.IcbPartner, "ICB board", await f.AgreementVersionAsync(app))
        );
        Assert.Equal(HttpStatusCode.BadRequest, draft.StatusCode);
        await f.AddContributionAsync(f.Council, f.CouncilPartner, "6000000");
        await f.PutForSignOffAsync(app);

        var bad = await f.Icb.PostFormAsync(
            f.SignOff,
            Decision(f.IcbPartner, "", await f.AgreementVersionAsync(app))
                .Set("Input.Decision", "ApprovedWithConditions")
                .Set("Input.DecidedOn.Day", "31")
                .Set("Input.DecidedOn.Month", "12")
        );

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var doc = await HtmlClient.ParseAsync(bad);
        Assert.Equal(
            [
                "Enter who decided, such as the council's cabinet or the ICB board",
                "The date of the decision must be today or earlier",
                "Enter the conditions of the approval",
            ],
            doc.ErrorSummary()
        );
        var stale = await f.Icb.PostFormAsync(f.SignOff, Decision(f.IcbPartner, "ICB board", 0));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.False(await db.PartnershipSignOffs.AnyAsync(s => s.PartnershipId == f.Id));
    }

    [Fact]
    public async Task APartnersAuditor_ReadsEverything_ButAddsNoRoundContributionOrDecision()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool an auditor reads");
        await f.SaveTermsAsync(
            AgreementFixture.ProportionalTerms(0).Set("Input.ContributionVariation", "Set each year by 1 March")
        );
        await f.AddContributionAsync(f.Council, f.CouncilPartner, "6000000");
        var auditor = await TestAccounts.CreateAsync(app, Role.Auditor, DemoUsers.Icb);
        var client = await TestAccounts.SignInAsync(app, auditor.Email, auditor.Password);

        var contributions = await client.GetDocumentAsync(f.Contributions);
        Assert.Contains("How contributions may vary: Set each year by 1 March", contributions.Body!.TextContent);
        Assert.Null(contributions.QuerySelector("form[method=post] [name='Input.Amount']"));
        Assert.Null((await client.GetDocumentAsync(f.Agreement)).QuerySelector("[name='Input.Message']"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(f.SignOff)).StatusCode);

        AgreementFixture.AssertRefused(
            await client.PostFormAsync(
                f.Contributions,
                AgreementFixture.Contribution(f.IcbPartner, "2026", "Cash", "1", "By the auditor")
            )
        );
        AgreementFixture.AssertRefused(
            await client.PostFormAsync(
                f.Agreement,
                new Form().Set("Input.Kind", "Proposal").Set("Input.Message", "x"),
                action: f.Agreement + "?handler=Round"
            )
        );
        AgreementFixture.AssertRefused(await client.PostFormAsync(f.SignOff, Decision(f.IcbPartner, "Board", 1)));
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.PartnershipContributions.CountAsync(c => c.PartnershipId == f.Id));
        Assert.Empty((await db.PartnershipAgreements.SingleAsync(a => a.PartnershipId == f.Id)).Rounds);
    }

    [Fact]
    public async Task SomeoneOfAnOrganisationNotInIt_FindsNothingByGuessingAddresses()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Sealed agreement");
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(0));
        await f.AddContributionAsync(f.Council, f.CouncilPartner, "6000000");
        Guid cid;
        await using (var scope = app.Scope(out var db))
            cid = await db.PartnershipContributions.Where(c => c.PartnershipId == f.Id).Select(c => c.Id).SingleAsync();
        var outsider = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Voluntary);
        var client = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);

        foreach (
            var page in new[]
            {
                f.Contributions,
                $"{f.Contributions}/{cid}",
                f.Agreement,
                f.Terms,
                f.SignOff,
                $"/partnerships/{f.Id}/agreement.docx",
            }
        )
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        // Posting with the outsider's own token is not found either, and changes nothing.
        var posted = await client.PostFormAsync(
            "/partnerships",
            AgreementFixture.Contribution(f.CouncilPartner, "2026", "Cash", "1", "Guessed"),
            action: f.Contributions
        );
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(1, await db.PartnershipContributions.CountAsync(c => c.PartnershipId == f.Id));

        var api = await app.ApiClientFor(outsider.Email);
        foreach (
            var (post, body) in new[]
            {
                ("agreement/rounds", """{"version": 1, "kind": "Clarification"}"""),
                ("agreement/sign-off-request", """{"version": 1}"""),
            }
        )
            Assert.Equal(
                HttpStatusCode.NotFound,
                (await api.PostJsonAsync($"/api/v1/partnerships/{f.Id}/{post}", body)).StatusCode
            );
        foreach (var get in new[] { "agreement", "contributions" })
            Assert.Equal(
                HttpStatusCode.NotFound,
                (await api.GetAsync($"/api/v1/partnerships/{f.Id}/{get}")).StatusCode
            );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await api.PutJsonAsync(
                    $"/api/v1/partnerships/{f.Id}/agreement",
                    """{"version":1,"riskShare":"Proportional","underspend":"Return"}"""
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await api.PostJsonAsync(
                    $"/api/v1/partnerships/{f.Id}/contributions",
                    $$"""{"partnerId":"{{f.CouncilPartner}}","year":2026,"kind":"Cash","amount":1,"description":"x"}"""
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await api.PutJsonAsync(
                    $"/api/v1/partnerships/{f.Id}/contributions/{cid}",
                    $$"""{"version":1,"partnerId":"{{f.CouncilPartner}}","year":2026,"kind":"Cash","amount":1,"description":"x"}"""
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await api.DeleteAsync($"/api/v1/partnerships/{f.Id}/contributions/{cid}?version=1")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await api.PostJsonAsync(
                    $"/api/v1/partnerships/{f.Id}/agreement/sign-offs",
                    $$"""{"version":1,"partnerId":"{{f.CouncilPartner}}","decisionMakers":"x","decision":"Approved","decidedOn":"2026-12-01"}"""
                )
            ).StatusCode
        );
    }

    private static Form Decision(Guid partner, string makers, int version) =>
        new Form()
            .Set("Input.PartnerId", partner.ToString())
            .Set("Input.DecisionMakers", makers)
            .Set("Input.Decision", "Approved")
            .Set("Input.DecidedOn.Day", "4")
            .Set("Input.DecidedOn.Month", "12")
            .Set("Input.DecidedOn.Year", "2026")
            .Set("Input.Version", V(version));
}
