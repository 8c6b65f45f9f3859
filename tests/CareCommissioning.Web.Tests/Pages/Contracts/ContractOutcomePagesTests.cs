using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>
/// A commissioner takes the priority outcomes for a contract from the decided demo appraisal, or enters one with who
/// agreed it; assesses what each means for managing the contract, records a conflict and who resolved it, and
/// recommends it for the contract once it can be measured and evidenced (CD-P1, P2, P4, P5, P7). Providers and other
/// organisations see none of it.
/// </summary>
public sealed class ContractOutcomePagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "CD-P1")]
    public async Task TheOutcomesOfTheDecidedAppraisal_AreTakenOnce_WithWhoAgreedThem()
    {
        // The demo contract design took the appraisal's outcomes already; set it and them aside so the page can.
        await using (var setup = app.Scope(out var demo))
        {
            var design = await demo.ContractDesigns.SingleAsync(d => d.Title == DemoContractDesign.Title);
            demo.ContractProvisions.RemoveRange(demo.ContractProvisions.Where(p => p.DesignId == design.Id));
            demo.ContractDesigns.Remove(design);
            demo.ContractOutcomes.RemoveRange(demo.ContractOutcomes.Where(o => o.AppraisalId == design.AppraisalId));
            await demo.SaveChangesAsync();
        }
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var page = await commissioner.GetDocumentAsync("/contracts/outcomes/from-appraisal");
        var choice = page.QuerySelectorAll("input[name=AppraisalId]")
            .Single(i =>
                page.QuerySelector($"label[for='{i.Id}']")!
                    .TextContent.Contains(DemoDecidedAppraisal.Title, StringComparison.Ordinal)
            );

        var taken = await commissioner.PostFormAsync(
            "/contracts/outcomes/from-appraisal",
            new Form().Set("AppraisalId", choice.GetAttribute("value")!)
        );
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var list = await commissioner.GetDocumentAsync("/contracts/outcomes?search=carers");
        var rows = list.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r =>
            r.Contains("Carers get a break when they need one", StringComparison.Ordinal)
            && r.Contains("20 October 2026", StringComparison.Ordinal)
        );

        // The same appraisal again: nothing is taken twice.
        var again = await commissioner.PostFormAsync(
            "/contracts/outcomes/from-appraisal",
            new Form().Set("AppraisalId", choice.GetAttribute("value")!)
        );
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(
            ["Every outcome of that appraisal has been taken already: choose another, or add an outcome by hand"],
            (await HtmlClient.ParseAsync(again)).ErrorSummary()
        );
        await using var scope = app.Scope(out var db);
        var outcome = await db.ContractOutcomes.SingleAsync(o => o.Title.StartsWith("Carers get a break"));
        Assert.Equal("Share of carers who booked a break within four weeks of asking", outcome.Indicator);
        Assert.Equal(
            $"Agreed through the engagement on the options appraisal \"{DemoDecidedAppraisal.Title}\", and the decision by Margaret Okafor",
            outcome.AgreedWith
        );
    }

    [Fact]
    [Trait("Criterion", "CD-P1")]
    [Trait("Criterion", "CD-P2")]
    [Trait("Criterion", "CD-P4")]
    [Trait("Criterion", "CD-P5")]
    [Trait("Criterion", "CD-P7")]
    public async Task AnEnteredOutcome_IsAssessed_ItsConflictResolved_AndRecommendedOnlyWhenComplete()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var missing = await commissioner.PostFormAsync(
            "/contracts/outcomes/add",
            new Form().Set("Input.Title", "People leave hospital on the day they are ready")
        );
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var refused = await HtmlClient.ParseAsync(missing);
        Assert.Equal(
            [
                "Enter who agreed the outcome: the people who use services, key people or communities, and how",
                "Enter the date the outcome was agreed",
            ],
            refused.ErrorSummary()
        );
        Assert.Equal("People leave hospital on the day they are ready", refused.FieldValue("Input.Title"));

        var added = await commissioner.PostFormAsync(
            "/contracts/outcomes/add",
            new Form()
                .Set("Input.Title", "People leave hospital on the day they are ready")
                .Set("Input.AgreedWith", "Carers' forum and people using reablement, November listening event")
                .Set("Input.AgreedOn.Day", "12")
                .Set("Input.AgreedOn.Month", "11")
                .Set("Input.AgreedOn.Year", "2026")
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var details = added.Headers.Location!.OriginalString;
        var edit = details + "/edit";
        var form = await commissioner.GetDocumentAsync(edit);
        var answers = new Form()
            .Set("Input.Version", form.FieldValue("Input.Version")!)
            .Set("Input.OrganisationId", form.FieldValue("Input.OrganisationId")!)
            .Set("Input.Title", "People leave hospital on the day they are ready")
            .Set("Input.AgreedWith", "Carers' forum and people using reablement, November listening event")
            .Set("Input.AgreedOn.Day", "12")
            .Set("Input.AgreedOn.Month", "11")
            .Set("Input.AgreedOn.Year", "2026")
            .Set("Input.Recommended", "yes");

        // Recommending it before it can be measured and evidenced is refused, the answers kept.
        var early = await commissioner.PostFormAsync(edit, answers);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains(
            "An outcome recommended for the contract needs an indicator and a target, so it can be monitored",
            (await HtmlClient.ParseAsync(early)).ErrorSummary()
        );

        var complete = answers
            .Set("Input.Indicator", "Share of discharges on the day the person is ready")
            .Set("Input.Target", "90% by March 2028")
            .Set("Input.CostImplications", "About £40,000 a year more for weekend cover")
            .Set("Input.ResourceImplications", "Two more reablement workers at weekends")
            .Set("Input.RiskImplications", "Provider cannot recruit: the in-house team covers")
            .Set("Input.SustainabilityImplications", "Fewer long-term packages pay for it from year two")
            .Set("Input.Conflict", "The same money was asked for by the day-centre review")
            .Set("Input.Resolution", "Weekend discharges first; the day-centre review waits a year")
            .Set("Input.ResolvedBy", "Head of Commissioning, within her delegated limit")
            .Set("Input.ResolvedOn.Day", "20")
            .Set("Input.ResolvedOn.Month", "11")
            .Set("Input.ResolvedOn.Year", "2026")
            .Set("Input.HowSpecified", "A service requirement with a KPI in the specification")
            .Set("Input.HowEvidenced", "Monthly discharge data from the hospital");
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(edit, complete)).StatusCode);
        var shown = (await commissioner.GetDocumentAsync(details)).QuerySelector("main")!.TextContent;
        Assert.Contains("Recommended", shown);
        Assert.Contains("Head of Commissioning, within her delegated limit, 20 November 2026", shown);
        Assert.Contains("About £40,000 a year more for weekend cover", shown);

        // A save on the form as it was read before is refused: 409, what differs shown, the answers kept.
        var stale = await commissioner.PostFormAsync(edit, complete.Set("Input.Target", "95% by March 2028"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("95% by March 2028", (await HtmlClient.ParseAsync(stale)).FieldValue("Input.Target"));
    }

    [Fact]
    public async Task AProvider_AndAnotherOrganisation_FindNoOutcome()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var added = await commissioner.PostFormAsync(
            "/contracts/outcomes/add",
            new Form()
                .Set("Input.Title", "A private outcome")
                .Set("Input.AgreedWith", "People using day services")
                .Set("Input.AgreedOn.Day", "1")
                .Set("Input.AgreedOn.Month", "11")
                .Set("Input.AgreedOn.Year", "2026")
        );
        var details = added.Headers.Location!.OriginalString;

        var provider = await app.SignedInAs(Role.Provider);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.GetAsync("/contracts/outcomes")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.GetAsync(details)).StatusCode);

        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(details)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(details + "/edit")).StatusCode);
        Assert.DoesNotContain(
            "A private outcome",
            (await other.GetDocumentAsync("/contracts/outcomes")).QuerySelector("main")!.TextContent
        );
    }
}
