using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Risks;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>
/// A contract manager sets out a contract's implementation plan: activities with owners, resources and dates linked
/// to the priority outcomes, a regulatory requirement, a risk and the contingency; the plan is checked against the
/// risk appetite the administrator set; it is shared as a web page, Word and easy read with a record of who received
/// it; a change after sharing needs its reason and makes a new version; and the manager reflects on their part
/// (CD-P14…P17, P19, P20). Providers read their own contracts' plans; nobody else finds them.
/// </summary>
public sealed class ImplementationPlanPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A social care contract from the decided demo appraisal, whose outcomes are taken and one
    /// recommended: the outcome the plan must serve.</summary>
    private async Task<(Guid Contract, Guid Outcome)> ContractWithOutcomeAsync(
        HttpClient commissioner,
        string reference
    )
    {
        var contract = await ContractFixtures.AddAsync(
            app,
            commissioner,
            await ContractFixtures.FormAsync(app, reference)
        );
        await using var scope = app.Scope(out var db);
        var appraisal = await db
            .Appraisals.Where(a => a.Title == DemoDecidedAppraisal.Title)
            .Select(a => a.Id)
            .SingleAsync();
        if (!await db.ContractOutcomes.AnyAsync(o => o.AppraisalId == appraisal))
            await commissioner.PostFormAsync(
                "/contracts/outcomes/from-appraisal",
                new Form().Set("AppraisalId", appraisal.ToString())
            );
        var outcome = await db.ContractOutcomes.FirstAsync(o => o.Title.StartsWith("Carers get a break"));
        outcome.Recommended = true;
        var saved = await db.Contracts.SingleAsync(c => c.Id == contract);
        saved.AppraisalId = appraisal;
        await db.SaveChangesAsync();
        return (contract, outcome.Id);
    }

    private static Form Activity(string title, Guid? outcome = null, Guid? risk = null, string? regulatory = null) =>
        new Form()
            .Set("Input.Title", title)
            .Set("Input.Owner", "Priya Shah, contract manager")
            .Set("Input.Resources", "Two days a week of the contract manager")
            .Set("Input.DueDate.Day", "1")
            .Set("Input.DueDate.Month", "3")
            .Set("Input.DueDate.Year", "2027")
            .Set("Input.ToleranceDays", "14")
            .Set("Input.OutcomeId", outcome?.ToString() ?? "")
            .Set("Input.RiskId", risk?.ToString() ?? "")
            .Set("Input.RegulatoryRequirement", regulatory ?? "")
            .Set("Input.Contingency", "Spot-purchase breaks while recruitment catches up");

    [Fact]
    [Trait("Criterion", "CD-P14")]
    [Trait("Criterion", "CD-P15")]
    [Trait("Criterion", "CD-P16")]
    public async Task APlan_IsSetOut_LinkedToOutcomesRegulationRisksAndContingency_AndCheckedAgainstTheAppetite()
    {
        // The administrator sets the appetite; a commissioner may read it but not set it.
        var admin = await app.SignedInAs(Role.Administrator);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    "/risks/appetite",
                    new Form().Set("Limits[People]", "6").Set("Limits[Financial]", "12")
                )
            ).StatusCode
        );
        var tampered = await admin.PostFormAsync("/risks/appetite", new Form().Set("Limits[People]", "7"));
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        var commissioner = await app.SignedInAs(Role.Commissioner);
        Assert.Contains(
            "Up to 6",
            (await commissioner.GetDocumentAsync("/risks/appetite")).QuerySelector("main")!.TextContent
        );
        Assert.StartsWith(
            "/account/access-denied",
            (await commissioner.PostFormAsync("/risks/appetite", new Form().Set("Limits[People]", "25")))
                .Headers
                .Location!
                .AbsolutePath
        );

        var (contract, outcome) = await ContractWithOutcomeAsync(commissioner, "PLAN-1");
        var planPage = $"/contracts/{contract}/plan";
        Assert.Contains(
            "No implementation plan",
            (await commissioner.GetDocumentAsync(planPage)).QuerySelector("main")!.TextContent
        );

        var bad = await commissioner.PostFormAsync(
            $"{planPage}/edit",
            new Form()
                .Set("Input.Summary", "")
                .Set("Input.Resources", "Contract manager")
                .Set("Input.ContingencyBudget", "lots")
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var refused = await HtmlClient.ParseAsync(bad);
        Assert.Equal(
            [
                "Contingency set aside must be an amount in pounds, like 5000 or 5,000.50",
                "Enter how the plan will achieve the contract's priority outcomes",
            ],
            refused.ErrorSummary().Order().ToList()
        );
        Assert.Equal("Contract manager", refused.FieldValue("Input.Resources"));
        await using (var scope = app.Scope(out var db))
            Assert.False(await db.ImplementationPlans.AnyAsync(p => p.ContractId == contract));

        var set = await commissioner.PostFormAsync(
            $"{planPage}/edit",
            new Form()
                .Set("Input.Summary", "Recruit and train short-break workers, then open bookings from April")
                .Set("Input.ContingencyBudget", "£20,000")
                .Set("Input.ContingencySpent", "5000")
        );
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var flags = (await commissioner.GetDocumentAsync(planPage))
            .QuerySelectorAll("ul[aria-label='What needs attention'] li")
            .Select(l => l.TextContent)
            .ToList();
        Assert.Contains(
            "No activity serves the priority outcome 'Carers get a break when they need one, without a crisis first'",
            flags
        );
        Assert.Contains(flags, f =>
            f.StartsWith("No activity meets a regulatory requirement", StringComparison.Ordinal)
        );

        // A risk added from the plan is linked to the contract, and is above the People appetite of 6.
        var risk = await commissioner.PostFormAsync(
            $"/risks/add?contract={contract}",
            new Form()
                .Set("Input.Title", "Not enough short-break workers recruited")
                .Set("Input.Category", "People")
                .Set("Input.Owner", "Priya Shah")
                .Set("Input.Likelihood", "4")
                .Set("Input.Impact", "3")
                .Set("Input.ResidualLikelihood", "3")
                .Set("Input.ResidualImpact", "3")
                .Set("Input.Status", "Open")
                .Set("Input.ContractId", contract.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, risk.StatusCode);
        Assert.Equal(planPage, risk.Headers.Location!.OriginalString);
        Guid riskId,
            foreignRisk;
        await using (var scope = app.Scope(out var db))
        {
            riskId = await db
                .Risks.Where(r => r.Title == "Not enough short-break workers recruited")
                .Select(r => r.Id)
                .SingleAsync();
            var voluntary = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Voluntary);
            var other = new Risk
            {
                Title = "Another organisation's risk",
                Owner = "X",
                OrganisationId = voluntary,
                Category = RiskCategory.People,
                Likelihood = 1,
                Impact = 1,
            };
            db.Risks.Add(other);
            await db.SaveChangesAsync();
            foreignRisk = other.Id;
        }

        // Bad activities: no due date, and a guessed risk of another organisation: refused, nothing saved.
        var badActivity = await commissioner.PostFormAsync(
            $"{planPage}/activities",
            Activity("Recruit short-break workers", risk: foreignRisk)
                .Set("Input.DueDate.Day", "")
                .Set("Input.DueDate.Month", "")
                .Set("Input.DueDate.Year", "")
        );
        Assert.Equal(HttpStatusCode.BadRequest, badActivity.StatusCode);
        var activityErrors = (await HtmlClient.ParseAsync(badActivity)).ErrorSummary();
        Assert.Contains("Select one of the open risks listed", activityErrors);
        Assert.Contains("Enter the date it is due", activityErrors);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostFormAsync(
                    $"{planPage}/activities",
                    Activity("Recruit short-break workers", outcome, riskId)
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostFormAsync(
                    $"{planPage}/activities",
                    Activity("Check the provider's CQC registration", regulatory: "CQC registration for personal care")
                )
            ).StatusCode
        );

        var page = await commissioner.GetDocumentAsync(planPage);
        var rows = page.QuerySelectorAll("table[class='govuk-table'] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r =>
            r.Contains("Recruit short-break workers")
            && r.Contains("Carers get a break when they need one, without a crisis first")
            && r.Contains("Not enough short-break workers recruited")
            && r.Contains("1 March 2027")
        );
        Assert.Contains(rows, r => r.Contains("Regulatory: CQC registration for personal care"));
        // The outcome served and the regulatory step taken are no longer flagged; the risk above the appetite is.
        var now = page.QuerySelectorAll("ul[aria-label='What needs attention'] li").Select(l => l.TextContent).ToList();
        Assert.Contains("Not enough short-break workers recruited: residual 9 above the appetite of 6 for People", now);
        Assert.DoesNotContain(now, f => f.Contains("Carers get a break", StringComparison.Ordinal));
        Assert.DoesNotContain(now, f =>
            f.StartsWith("No activity meets a regulatory requirement", StringComparison.Ordinal)
        );
        Assert.Contains("£20,000.00 set aside, £5,000.00 spent", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    [Trait("Criterion", "CD-P17")]
    [Trait("Criterion", "CD-P19")]
    [Trait("Criterion", "CD-P20")]
    public async Task APlan_IsShared_InEachFormat_ThenChangedOnlyWithAReason_AsANewVersion()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var (contract, outcome) = await ContractWithOutcomeAsync(commissioner, "PLAN-2");
        var planPage = $"/contracts/{contract}/plan";
        await commissioner.PostFormAsync(
            $"{planPage}/edit",
            new Form().Set("Input.Summary", "Open bookings from April")
        );
        await commissioner.PostFormAsync($"{planPage}/activities", Activity("Open bookings", outcome));

        // The Word document and the easy read version hold the plan.
        var docx = await commissioner.GetAsync($"{planPage}.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (
            var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
                await docx.Content.ReadAsStreamAsync(),
                false
            )
        )
        {
            var body = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("Open bookings from April", body);
            Assert.Contains("Carers get a break when they need one", body);
            Assert.Contains("Priya Shah, contract manager", body);
        }
        var easy = (await commissioner.GetDocumentAsync($"{planPage}/easy-read")).QuerySelector("main")!.TextContent;
        Assert.Contains("Open bookings.", easy);
        Assert.Contains("It should be done by 1 March 2027.", easy);

        var share = await commissioner.GetDocumentAsync($"{planPage}/share");
        var noOne = await commissioner.PostFormAsync(
            $"{planPage}/share",
            new Form().Set("Input.PlanVersion", share.FieldValue("Input.PlanVersion")!)
        );
        Assert.Equal(HttpStatusCode.BadRequest, noOne.StatusCode);
        Assert.Equal(
            ["Enter who the plan was shared with", "Select how the plan was shared"],
            (await HtmlClient.ParseAsync(noOne)).ErrorSummary()
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostFormAsync(
                    $"{planPage}/share",
                    new Form()
                        .Set("Input.PlanVersion", "1")
                        .Set("Input.Recipients", "Carers' forum\nBrightwater Home Care Ltd, registered manager")
                        .With("Input.Formats", "EasyRead")
                        .With("Input.Formats", "WordDocument")
                )
            ).StatusCode
        );

        // After sharing, a change needs its reason and makes version 2.
        Guid activity;
        await using (var scope = app.Scope(out var db))
            activity = await db.PlanActivities.Where(a => a.Title == "Open bookings").Select(a => a.Id).SingleAsync();
        var form = await commissioner.GetDocumentAsync($"{planPage}/activities/{activity}");
        var moved = Activity("Open bookings", outcome)
            .Set("Input.Version", form.FieldValue("Input.Version")!)
            .Set("Input.DueDate.Month", "4");
        var noReason = await commissioner.PostFormAsync($"{planPage}/activities/{activity}", moved);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(
            ["Enter why the plan is changing: version 1 has been shared, so this change makes version 2"],
            (await HtmlClient.ParseAsync(noReason)).ErrorSummary()
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostFormAsync(
                    $"{planPage}/activities/{activity}",
                    moved.Set("Input.Reason", "Recruitment is slower than hoped")
                )
            ).StatusCode
        );

        // Recording sharing against a version that has since changed is refused.
        var stale = await commissioner.PostFormAsync(
            $"{planPage}/share",
            new Form()
                .Set("Input.PlanVersion", "1")
                .Set("Input.Recipients", "Carers' forum")
                .With("Input.Formats", "WebPage")
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var reflect = await commissioner.PostFormAsync(
            $"{planPage}/reflect",
            new Form()
                .Set("Input.WhatWentWell", "Carers shaped the order of the activities")
                .Set("Input.AreasForDevelopment", "Involve the provider's registered manager before the first draft")
        );
        Assert.Equal(HttpStatusCode.Redirect, reflect.StatusCode);

        var page = await commissioner.GetDocumentAsync(planPage);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Version 2.", text);
        Assert.Contains("Involve the provider's registered manager before the first draft", text);
        var sharing = page.QuerySelector("[aria-label=Sharing] tbody tr")!.TextContent;
        Assert.Contains("Carers' forum", sharing);
        Assert.Contains("Word document, Easy read", sharing);
        var changes = page.QuerySelectorAll("[aria-label=Changes] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(changes, c =>
            c.Contains("moved its due date from 1 March 2027 to 1 April 2027")
            && c.Contains("Recruitment is slower than hoped")
        );
        await using (var scope = app.Scope(out var db))
            Assert.Equal(2, (await db.ImplementationPlans.SingleAsync(p => p.ContractId == contract)).PlanVersion);
    }

    [Fact]
    public async Task TheProvider_ReadsItsContractsPlan_AndNobodyElseFindsIt()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        Guid own;
        await using (var scope = app.Scope(out var db))
            own = await db
                .Contracts.Where(c => c.Reference == DemoContracts.HomeCareReference)
                .Select(c => c.Id)
                .SingleAsync();
        var plan = $"/contracts/{own}/plan";
        if (
            (await commissioner.GetDocumentAsync(plan)).QuerySelector("a[href$='/plan/edit']")?.TextContent
            == "Set out the plan"
        )
            await commissioner.PostFormAsync(
                $"{plan}/edit",
                new Form().Set("Input.Summary", "Hand over the rounds by area")
            );

        var provider = await app.SignedInAs(Role.Provider);
        var seen = await provider.GetDocumentAsync(plan);
        Assert.Contains("Hand over the rounds by area", seen.QuerySelector("main")!.TextContent);
        Assert.Null(seen.QuerySelector("main a[href$='/plan/edit']"));
        Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync($"{plan}.docx")).StatusCode);
        Assert.StartsWith(
            "/account/access-denied",
            (await provider.GetAsync($"{plan}/edit")).Headers.Location!.AbsolutePath
        );

        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var client = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        foreach (
            var page in new[]
            {
                plan,
                $"{plan}/edit",
                $"{plan}/activities",
                $"{plan}/share",
                $"{plan}/reflect",
                $"{plan}/easy-read",
                $"{plan}.docx",
            }
        )
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.PostFormAsync($"{plan}/edit", new Form().Set("Input.Summary", "Hijack"))).StatusCode
        );
    }
}
