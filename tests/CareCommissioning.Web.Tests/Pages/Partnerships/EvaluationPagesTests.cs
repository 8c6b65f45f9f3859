using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>Partners evaluate a pool: the impact on each partner's outcomes beside the measures, what people said, a
/// reflection, recommendations agreed and done, and a record of who was told, with the results as a Word document and
/// in easy read; nobody else sees anything.</summary>
public sealed class EvaluationPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(Guid Pool, string Evaluation)> StartAsync(HttpClient council, string name)
    {
        var pool = await Pools.AddAsync(app, council, name);
        var started = await council.PostFormAsync(
            $"/partnerships/{pool}/evaluations/add",
            new Form().Set("Input.Title", $"{name}: first year")
        );
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return (pool, started.Headers.Location!.OriginalString);
    }

    [Fact]
    [Trait("Criterion", "PB-P16")]
    [Trait("Criterion", "PB-P17")]
    public async Task PartnersWriteTheImpactOnEachPartner_WhatPeopleSaid_AndHowWellPoolingWorked()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var (pool, evaluation) = await StartAsync(council, "Evaluated pool");
        var councilRow = await Pools.PartnerAsync(app, pool, DemoUsers.Council);
        var icbRow = await Pools.PartnerAsync(app, pool, DemoUsers.Icb);
        var edit = evaluation + "/edit";
        var form = (await council.GetDocumentAsync(edit));
        Assert.Equal(councilRow.ToString(), form.FieldValue("Input.Impacts[0].PartnerId"));
        var answers = new Form()
            .Set("Input.Title", "Evaluated pool: first year")
            .Set("Input.Impacts[0].PartnerId", councilRow.ToString())
            .Set("Input.Impacts[0].Judgement", "Better")
            .Set("Input.Impacts[0].Impact", "Long-term admissions to care homes fell from 142 to 136 a quarter")
            .Set("Input.Impacts[1].PartnerId", icbRow.ToString())
            .Set("Input.Impacts[1].Judgement", "TooSoonToTell")
            .Set("Input.Feedback", "Carers' forum, 14 people: discharge is calmer with a named contact")
            .Set("Input.Reflection", "Joint discharge funding worked; separate reablement contracts did not")
            .Set("Input.AreasForDevelopment", "One reablement contract")
            .Set("Input.PeriodFrom.Day", "1")
            .Set("Input.PeriodFrom.Month", "4")
            .Set("Input.PeriodFrom.Year", "2026")
            .Set("Input.PeriodTo.Day", "31")
            .Set("Input.PeriodTo.Month", "3")
            .Set("Input.PeriodTo.Year", "2026")
            .Set("Input.Version", form.FieldValue("Input.Version")!);

        // The period ends before it starts: refused, the answers kept, nothing saved.
        var bad = await council.PostFormAsync(edit, answers);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var error = await HtmlClient.ParseAsync(bad);
        Assert.Equal(["The end of the period must be on or after its start"], error.ErrorSummary());
        Assert.Equal("One reablement contract", error.FieldValue("Input.AreasForDevelopment"));

        var icb = await app.SignedInAs(Role.CommissioningPartner);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await icb.PostFormAsync(edit, answers.Set("Input.PeriodTo.Year", "2027"))).StatusCode
        );

        var page = await council.GetDocumentAsync(evaluation);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Period: 1 April 2026 to 31 March 2027", text);
        Assert.Contains("Outcomes are better", text);
        Assert.Contains("Too soon to tell", text);
        Assert.Contains("discharge is calmer with a named contact", text);
        Assert.Contains("separate reablement contracts did not", text);
        // A stale save from the council's old form is refused: the ICB's answers stay.
        var stale = await council.PostFormAsync(edit, answers.Set("Input.Reflection", "Nothing worked"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await using var scope = app.Scope(out var db);
        var saved = await db.PartnershipEvaluations.SingleAsync(e => e.PartnershipId == pool);
        Assert.StartsWith("Joint discharge funding worked", saved.Reflection);
    }

    [Fact]
    [Trait("Criterion", "PB-P18")]
    [Trait("Criterion", "PB-P19")]
    public async Task ARecommendationIsAgreedAndDone_AndSharingIsRecorded_InTheWordAndEasyReadVersions()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var (pool, evaluation) = await StartAsync(council, "Recommended pool");
        var icbRow = await Pools.PartnerAsync(app, pool, DemoUsers.Icb);

        var missing = await council.PostFormAsync(
            evaluation,
            new Form().Set("Recommend.Text", "Commission one reablement service"),
            action: evaluation + "?handler=Recommend"
        );
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(
            [
                "Select whether it becomes an action or a change to the agreement",
                "Select the partner that owns it",
                "Enter the date it is due",
            ],
            (await HtmlClient.ParseAsync(missing)).ErrorSummary()
        );
        var added = await council.PostFormAsync(
            evaluation,
            new Form()
                .Set("Recommend.Text", "Commission one reablement service")
                .Set("Recommend.Response", "Action")
                .Set("Recommend.OwnerPartnerId", icbRow.ToString())
                .Set("Recommend.Owner", "Head of Integrated Commissioning")
                .Set("Recommend.DueOn.Day", "31")
                .Set("Recommend.DueOn.Month", "3")
                .Set("Recommend.DueOn.Year", "2027"),
            action: evaluation + "?handler=Recommend"
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        // Agreed with the partners, then done.
        for (var step = 0; step < 2; step++)
            Assert.Equal(HttpStatusCode.Redirect, (await ProgressAsync(council, evaluation)).StatusCode);
        var row = (await council.GetDocumentAsync(evaluation))
            .QuerySelector("#recommendations + div tbody tr")!
            .TextContent;
        Assert.Contains("Done 7 December 2026", row);
        Assert.Contains(DemoUsers.Icb, row);

        var future = await council.PostFormAsync(
            evaluation,
            new Form()
                .Set("Share.Audience", "Northshire Health and Wellbeing Board")
                .Set("Share.Method", "Meeting")
                .Set("Share.Format", "WordDocument")
                .Set("Share.SharedOn.Day", "1")
                .Set("Share.SharedOn.Month", "1")
                .Set("Share.SharedOn.Year", "2027"),
            action: evaluation + "?handler=Share"
        );
        Assert.Equal(
            ["The date shared must be today or in the past"],
            (await HtmlClient.ParseAsync(future)).ErrorSummary()
        );
        var shared = await council.PostFormAsync(
            evaluation,
            new Form()
                .Set("Share.Audience", "Northshire Carers' Forum")
                .Set("Share.Method", "Meeting")
                .Set("Share.Format", "EasyRead")
                .Set("Share.SharedOn.Day", "4")
                .Set("Share.SharedOn.Month", "12")
                .Set("Share.SharedOn.Year", "2026"),
            action: evaluation + "?handler=Share"
        );
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);

        var icb = await app.SignedInAs(Role.CommissioningPartner);
        var seen = (await icb.GetDocumentAsync(evaluation)).QuerySelector("#shared + div tbody tr")!.TextContent;
        Assert.Contains("Northshire Carers' Forum", seen);
        Assert.Contains("Easy read", seen);
        Assert.Contains("4 December 2026", seen);

        var easy = (await icb.GetDocumentAsync(evaluation + "/easy-read")).QuerySelector("main")!.TextContent;
        Assert.Contains("Commission one reablement service. By 31 March 2027.", easy);
        var docx = await icb.GetAsync(evaluation + "/document");
        using var word = WordprocessingDocument.Open(
            new MemoryStream(await docx.Content.ReadAsByteArrayAsync()),
            false
        );
        var body = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Commission one reablement service", body);
        Assert.Contains("Done 7 December 2026", body);
    }

    [Fact]
    [Trait("Criterion", "PB-P18")]
    public async Task AChangeToTheAgreement_IsListedOnTheAgreement_AndIsDoneOnlyByANewVersion()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool to change by evaluation");
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(0));
        var started = await f.Council.PostFormAsync(
            $"/partnerships/{f.Id}/evaluations/add",
            new Form().Set("Input.Title", "Half-year review")
        );
        var evaluation = started.Headers.Location!.OriginalString;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await f.Council.PostFormAsync(
                    evaluation,
                    new Form()
                        .Set("Recommend.Text", "Cap each partner's share of an overspend at 2% of the pool")
                        .Set("Recommend.Response", "AgreementChange")
                        .Set("Recommend.OwnerPartnerId", f.CouncilPartner.ToString())
                        .Set("Recommend.DueOn.Day", "31")
                        .Set("Recommend.DueOn.Month", "3")
                        .Set("Recommend.DueOn.Year", "2027"),
                    action: evaluation + "?handler=Recommend"
                )
            ).StatusCode
        );
        var listed = (await f.Icb.GetDocumentAsync(f.Agreement)).QuerySelector("main")!.TextContent;
        Assert.Contains("Changes recommended by evaluations", listed);
        Assert.Contains(
            "Cap each partner's share of an overspend at 2% of the pool (Half-year review, proposed)",
            listed
        );

        Assert.Equal(HttpStatusCode.Redirect, (await ProgressAsync(f.Council, evaluation)).StatusCode);
        // Agreed at version 1: marking it done before the agreement has changed is refused.
        var early = await ProgressAsync(f.Council, evaluation);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(
            ["Change the agreement first: it is still at version 1, as when this recommendation was agreed"],
            (await HtmlClient.ParseAsync(early)).ErrorSummary()
        );

        // The host puts version 1 to the partners, then changes the terms as recommended: version 2.
        await f.AddContributionAsync(f.Council, f.CouncilPartner, "1000000");
        await f.PutForSignOffAsync(app);
        await f.SaveTermsAsync(
            AgreementFixture
                .ProportionalTerms(await f.AgreementVersionAsync(app))
                .Set("Input.RiskShare", "Capped")
                .Set("Input.CapPercent", "2")
                .Set("Input.CapExcessPartnerId", f.CouncilPartner.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, (await ProgressAsync(f.Council, evaluation)).StatusCode);
        var row = (await f.Icb.GetDocumentAsync(evaluation)).QuerySelector("#recommendations + div tbody tr")!;
        Assert.Contains("Done 7 December 2026", row.TextContent);
        Assert.Equal("Made in version 2 of the agreement", row.QuerySelector($"a[href='{f.Agreement}']")!.TextContent);
        Assert.DoesNotContain(
            "Changes recommended by evaluations",
            (await f.Icb.GetDocumentAsync(f.Agreement)).QuerySelector("main")!.TextContent
        );
    }

    /// <summary>Presses the recommendation's one button: "Mark agreed", then "Mark done".</summary>
    private static async Task<HttpResponseMessage> ProgressAsync(HttpClient client, string evaluation)
    {
        var form = (await client.GetDocumentAsync(evaluation)).QuerySelector("form[action*=Progress]")!;
        var fields = new Form();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]:not([name=__RequestVerificationToken])"))
            fields.Set(input.GetAttribute("name")!, input.GetAttribute("value")!);
        return await client.PostFormAsync(evaluation, fields, action: form.GetAttribute("action"));
    }

    [Fact]
    public async Task SomeoneOfAnOrganisationNotInIt_FindsNoEvaluationByGuessingAddresses()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var (pool, evaluation) = await StartAsync(council, "Sealed evaluation pool");
        var outsider = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Voluntary);
        var client = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        foreach (
            var page in new[]
            {
                $"/partnerships/{pool}/evaluations",
                $"/partnerships/{pool}/evaluations/add",
                evaluation,
                evaluation + "/edit",
                evaluation + "/document",
                evaluation + "/easy-read",
            }
        )
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
    }
}
