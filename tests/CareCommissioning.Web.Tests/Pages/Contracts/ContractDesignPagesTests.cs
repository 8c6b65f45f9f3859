using System.Net;
using AngleSharp.Dom;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>
/// A commissioner designs a contract from recommended priority outcomes: plans when and how the outcomes will be
/// agreed with providers, analyses approaches including newer ones, costs each outcome against the fair cost of care,
/// sets objectives and how to achieve them, takes the contract type advice and records a recommendation, and adds the
/// provisions the contract needs until the design is ready (CD-P6, P8…P13). Providers and other organisations see
/// none of it.
/// </summary>
public sealed class ContractDesignPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(Guid Breaks, Guid Wellbeing)> DemoOutcomesAsync()
    {
        await using var scope = app.Scope(out var db);
        var design = await db.ContractDesigns.SingleAsync(d => d.Title == DemoContractDesign.Title);
        return (design.OutcomeIds[0], design.OutcomeIds[1]);
    }

    /// <summary>Starts a design for the demo outcomes and returns its address.</summary>
    private async Task<string> StartAsync(HttpClient commissioner, string title)
    {
        var (breaks, wellbeing) = await DemoOutcomesAsync();
        var added = await commissioner.PostFormAsync(
            "/contracts/designs/add",
            new Form()
                .Set("Input.Title", title)
                .With("Input.OutcomeIds", breaks.ToString())
                .With("Input.OutcomeIds", wellbeing.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return added.Headers.Location!.OriginalString;
    }

    /// <summary>The form on the page as a browser would post it untouched: every field with its value, checked
    /// choices only.</summary>
    private static async Task<Form> FormOf(HttpClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        var form = new Form();
        foreach (var field in page.QuerySelectorAll("main form [name]"))
        {
            var name = field.GetAttribute("name")!;
            if (name == "__RequestVerificationToken")
                continue;
            var type = field.GetAttribute("type");
            if (type is "radio" or "checkbox")
            {
                if (field.HasAttribute("checked"))
                    form.With(name, field.GetAttribute("value")!);
                continue;
            }
            form.Set(name, page.FieldValue(name) ?? "");
        }
        return form;
    }

    private static string TextOf(IDocument doc) => doc.QuerySelector("main")!.TextContent;

    [Fact]
    public async Task TheDemoDesign_IsReachedFromTheRegister_AndShowsItsCostsAndWhatItMisses()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var register = await commissioner.GetDocumentAsync("/contracts");
        Assert.NotNull(register.QuerySelector("a[href='/contracts/designs']"));
        var list = await commissioner.GetDocumentAsync("/contracts/designs?search=carers");
        var link = list.QuerySelectorAll("tbody tr a").Single(a => a.TextContent == DemoContractDesign.Title);
        var details = await commissioner.GetDocumentAsync(link.GetAttribute("href")!);
        var text = TextOf(details);
        Assert.Equal(DemoContractDesign.Title, details.QuerySelector("h1")!.TextContent);
        // £620 × 400 × 3 + £45 × 1,200 × 3.
        Assert.Contains("£906,000.00", text);
        Assert.Contains("£30.00 a unit below the rate of £650.00", text);
        Assert.Contains("Termination provisions", text);
        Assert.Contains("Outcomes-based", text);
        Assert.Equal(
            0,
            (await commissioner.GetDocumentAsync("/contracts/designs?search=nothing-like-this"))
                .QuerySelectorAll("tbody tr")
                .Length
        );
    }

    [Fact]
    public async Task TheContractDocument_OpensInWord_WithTheOutcomesTypeAndEachProvisionUnderItsHeading()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = (await db.ContractDesigns.SingleAsync(d => d.Title == DemoContractDesign.Title)).Id;
        var details = await commissioner.GetDocumentAsync($"/contracts/designs/{id}");
        var href = details.QuerySelectorAll("a").Single(a => a.TextContent.Contains("(DOCX)")).GetAttribute("href")!;
        Assert.Equal($"/contracts/designs/{id}/contract.docx", href);

        var docx = await commissioner.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx.Content.Headers.ContentType!.MediaType
        );
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            await docx.Content.ReadAsStreamAsync(),
            false
        );
        var body = word.MainDocumentPart!.Document.Body!;
        var headings = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading") == true)
            .Select(p => p.InnerText)
            .ToList();
        Assert.Contains("1. The parties", headings);
        Assert.Contains("Safeguarding", headings);
        Assert.Contains("Safeguarding adults", headings);
        Assert.Contains("Performance measure", headings);
        Assert.True(headings.IndexOf("Incentive") < headings.IndexOf("Outcome payment"));
        var text = body.InnerText;
        Assert.Contains("[The provider's registered name, address and company number]", text);
        Assert.Contains("Carers get a break when they need one, without a crisis first", text);
        Assert.Contains("80% within four weeks by March 2028", text);
        Assert.Contains("Outcomes-based: part of the payment depends on the outcomes achieved.", text);
        Assert.Contains("The provider follows the local safeguarding adults procedures", text);
        Assert.Contains("Worth 5% of the payment.", text);
        Assert.Contains("The whole price over the contract: £906,000.00.", text);

        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(href)).StatusCode);
        var provider = await app.SignedInAs(Role.Provider);
        Assert.NotEqual(HttpStatusCode.OK, (await provider.GetAsync(href)).StatusCode);
    }

    [Fact]
    public async Task AContractCreatedFromADesign_IsPrefilled_AndShowsTheDesignsOutcomesAndProvisions()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = (await db.ContractDesigns.SingleAsync(d => d.Title == DemoContractDesign.Title)).Id;
        var details = await commissioner.GetDocumentAsync($"/contracts/designs/{id}");
        var create = details
            .QuerySelectorAll("a")
            .Single(a => a.TextContent == "Create a contract from this design")
            .GetAttribute("href")!;
        Assert.Equal($"/contracts/add?design={id}", create);

        var form = await FormOf(commissioner, create);
        Assert.Contains(new KeyValuePair<string, string>("Input.Title", DemoContractDesign.Title), form);
        Assert.Contains(new KeyValuePair<string, string>("Input.Type", "OutcomesBased"), form);
        Assert.Contains(new KeyValuePair<string, string>("Input.Value", "906000"), form);
        Assert.Contains(new KeyValuePair<string, string>("Input.CpvCode", "85312000-9"), form);
        Assert.Contains(new KeyValuePair<string, string>("Input.DesignId", id.ToString()), form);
        Assert.Contains(form, f => f.Key == "Input.AppraisalId" && f.Value.Length > 0);

        // A missing answer keeps the design with the answers.
        var supplier = await ContractFixtures.SupplierIdAsync(app);
        var missing = await commissioner.PostFormAsync(create, form.Set("Input.Reference", "ASC-2027-101"), create);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(id.ToString(), (await HtmlClient.ParseAsync(missing)).FieldValue("Input.DesignId"));

        var complete = form.Set("Input.SupplierId", supplier.ToString())
            .Set("Input.Status", "Active")
            .Set("Input.AwardRoute", "LightTouchCompetitive")
            .Set("Input.StartDate.Day", "1")
            .Set("Input.StartDate.Month", "4")
            .Set("Input.StartDate.Year", "2027")
            .Set("Input.EndDate.Day", "31")
            .Set("Input.EndDate.Month", "3")
            .Set("Input.EndDate.Year", "2030")
            .Set("Input.ExtensionMonthsAvailable", "0");
        var added = await commissioner.PostFormAsync(create, complete, create);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var contract = await commissioner.GetDocumentAsync(added.Headers.Location!.OriginalString);
        var text = TextOf(contract);
        Assert.Contains("Outcomes and provisions", text);
        Assert.Contains("Fewer carers give up caring because they are worn out", text);
        Assert.Contains("The provider follows the local safeguarding adults procedures", text);
        Assert.Contains("5% of the payment", text);
        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.Contracts.SingleAsync(c => c.Reference == "ASC-2027-101");
            Assert.Equal(id, saved.DesignId);
            Assert.Equal(906_000m, saved.Value);
        }

        // Another organisation's commissioner cannot create a contract from the design by its id.
        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        var guessed = await other.GetDocumentAsync(create);
        Assert.Equal("", guessed.FieldValue("Input.DesignId"));
        Assert.DoesNotContain(DemoContractDesign.Title, TextOf(guessed));
    }

    [Fact]
    public async Task ChangingTheOutline_DropsTheCostOfAnOutcomeNoLongerCovered_AndKeepsAnswersWhenWrong()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await StartAsync(commissioner, "Carers' breaks: outline");
        var (breaks, _) = await DemoOutcomesAsync();
        var costs = details + "/costs";
        await commissioner.PostFormAsync(
            costs,
            (await FormOf(commissioner, costs))
                .Set("Input.Costs[1].Unit", "a carer support session")
                .Set("Input.Costs[1].UnitCost", "45")
                .Set("Input.Costs[1].UnitsPerYear", "1200")
                .Set("Input.Costs[1].Years", "3")
        );
        var outline = details + "/outline";
        var form = await FormOf(commissioner, outline);
        var blank = await commissioner.PostFormAsync(outline, form.Set("Input.Title", "").Without("Input.OutcomeIds"));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal(
            ["Enter a title for the contract design", "Choose the priority outcomes the contract is for"],
            (await HtmlClient.ParseAsync(blank)).ErrorSummary()
        );
        var narrowed = (await FormOf(commissioner, outline))
            .Set("Input.Title", "Carers' breaks only")
            .Without("Input.OutcomeIds")
            .With("Input.OutcomeIds", breaks.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(outline, narrowed)).StatusCode);
        await using var scope = app.Scope(out var db);
        var design = await db.ContractDesigns.SingleAsync(d => d.Title == "Carers' breaks only");
        Assert.Equal([breaks], design.OutcomeIds);
        Assert.Empty(design.Costs);
    }

    [Fact]
    public async Task StartingADesign_NeedsATitleAndRecommendedOutcomes_AndKeepsTheAnswers()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var refused = await commissioner.PostFormAsync(
            "/contracts/designs/add",
            new Form().Set("Input.Title", "Day opportunities, 2028")
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await HtmlClient.ParseAsync(refused);
        Assert.Equal(["Choose the priority outcomes the contract is for"], page.ErrorSummary());
        Assert.Equal("Day opportunities, 2028", page.FieldValue("Input.Title"));

        var guessed = await commissioner.PostFormAsync(
            "/contracts/designs/add",
            new Form().Set("Input.Title", "Day opportunities, 2028").With("Input.OutcomeIds", Guid.NewGuid().ToString())
        );
        Assert.Equal(HttpStatusCode.BadRequest, guessed.StatusCode);
        Assert.Equal(
            ["Choose outcomes recommended for a contract: recommend an outcome on its page first"],
            (await HtmlClient.ParseAsync(guessed)).ErrorSummary()
        );
        await using var scope = app.Scope(out var db);
        Assert.False(await db.ContractDesigns.AnyAsync(d => d.Title == "Day opportunities, 2028"));
    }

    [Fact]
    [Trait("Criterion", "CD-P8")]
    [Trait("Criterion", "CD-P9")]
    public async Task ACommissioner_PlansHowOutcomesAreAgreedWithProviders_AndAnalysesApproaches()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await StartAsync(commissioner, "Carers' breaks: agreement and approaches");
        var agreement = details + "/agreement";
        var answers = (await FormOf(commissioner, agreement))
            .Set("Input.Agreements[0].Method", "A provider day with the carers' forum")
            .Set("Input.Agreements[0].PlannedOn.Day", "20")
            .Set("Input.Agreements[0].PlannedOn.Month", "3")
            .Set("Input.Agreements[0].PlannedOn.Year", "2027")
            .Set("Input.Agreements[2].PlannedOn.Day", "1")
            .Set("Input.Agreements[2].PlannedOn.Month", "2")
            .Set("Input.Agreements[2].PlannedOn.Year", "2027");
        var refused = await commissioner.PostFormAsync(agreement, answers);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await HtmlClient.ParseAsync(refused);
        Assert.Equal(
            [
                "Say how the outcomes will be agreed with providers at mobilisation, or remove its date",
                "The mobilisation date must be on or after the market engagement date",
            ],
            page.ErrorSummary()
        );
        Assert.Equal("A provider day with the carers' forum", page.FieldValue("Input.Agreements[0].Method"));

        var saved = await commissioner.PostFormAsync(
            agreement,
            answers
                .Set("Input.Agreements[2].Method", "Agree the first quarter's targets at the mobilisation meeting")
                .Set("Input.Agreements[2].PlannedOn.Month", "6")
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = TextOf(await commissioner.GetDocumentAsync(details));
        Assert.Contains("Agree the first quarter's targets at the mobilisation meeting", shown);
        Assert.Contains("Planned for 1 June 2027", shown);

        var approaches = details + "/approaches";
        var traditional = (await FormOf(commissioner, approaches))
            .Set("Input.Approaches[0].Benefits", "Simple to monitor")
            .Set("Input.Approaches[0].Drawbacks", "Pays for nights, not outcomes")
            .Set("Input.ChosenApproaches", "TimeAndTask");
        var onlyOld = await commissioner.PostFormAsync(approaches, traditional);
        Assert.Equal(HttpStatusCode.BadRequest, onlyOld.StatusCode);
        Assert.Equal(
            [
                "Consider at least one newer approach: outcomes-based payment, individual service funds or an alliance "
                    + "contract",
            ],
            (await HtmlClient.ParseAsync(onlyOld)).ErrorSummary()
        );
        var considered = traditional
            .Set("Input.Approaches[1].Benefits", "Rewards breaks that keep carers caring")
            .Set("Input.Approaches[1].Drawbacks", "Needs a reliable survey")
            .Set("Input.Approaches[3].Benefits", "Providers share the risk");
        var halfDone = await commissioner.PostFormAsync(approaches, considered);
        Assert.Equal(HttpStatusCode.BadRequest, halfDone.StatusCode);
        Assert.Equal(
            ["Enter the drawbacks of alliance contract"],
            (await HtmlClient.ParseAsync(halfDone)).ErrorSummary()
        );
        var chosen = considered
            .Set("Input.Approaches[3].Drawbacks", "Few local providers to ally")
            .Set("Input.ChosenApproaches", "OutcomesBasedPayment");
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(approaches, chosen)).StatusCode);
        var table = (await commissioner.GetDocumentAsync(details))
            .QuerySelectorAll("table")
            .Single(t => t.QuerySelector("caption")!.TextContent == "Ways to achieve the outcomes");
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Contains("Outcomes-based payment") && r.Contains("Yes"));
        Assert.Contains(rows, r => r.Contains("Alliance contract") && r.Contains("No"));
    }

    [Fact]
    [Trait("Criterion", "CD-P10")]
    [Trait("Criterion", "CD-P11")]
    [Trait("Criterion", "CD-P6")]
    public async Task ACommissioner_CostsEachOutcomeAgainstTheFairCostOfCare_AndSetsObjectives()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await StartAsync(commissioner, "Carers' breaks: costs and objectives");
        var costs = details + "/costs";
        var answers = (await FormOf(commissioner, costs))
            .Set("Input.Costs[0].Unit", "a week's short break")
            .Set("Input.Costs[0].UnitCost", "£612.50")
            .Set("Input.Costs[0].UnitsPerYear", "410")
            .Set("Input.Costs[0].Years", "three")
            .Set("Input.Costs[0].FairCostRate", "650");
        var refused = await commissioner.PostFormAsync(costs, answers);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await HtmlClient.ParseAsync(refused);
        Assert.Equal(["The years must be a whole number, like 3"], page.ErrorSummary());
        Assert.Equal("£612.50", page.FieldValue("Input.Costs[0].UnitCost"));

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await commissioner.PostFormAsync(costs, answers.Set("Input.Costs[0].Years", "3"))).StatusCode
        );
        var shown = TextOf(await commissioner.GetDocumentAsync(details));
        // £612.50 × 410 × 3 = £753,375.00, £37.50 a break below the fair cost of care rate.
        Assert.Contains("£753,375.00", shown);
        Assert.Contains("£37.50 a unit below the rate of £650.00", shown);
        await using (var scope = app.Scope(out var db))
        {
            var design = await db.ContractDesigns.SingleAsync(d => d.Title == "Carers' breaks: costs and objectives");
            Assert.Equal(753_375m, design.TotalCost);
            Assert.True(design.Costs.Single().BelowFairCost);
        }

        var objectives = details + "/objectives";
        var objective = (await FormOf(commissioner, objectives))
            .Set("Input.Objectives[0].Objective", "Breaks rated good or better by carers")
            .Set("Input.Implementation", "Mobilise with the carers' forum; report bookings monthly from month one");
        var noWay = await commissioner.PostFormAsync(objectives, objective);
        Assert.Equal(HttpStatusCode.BadRequest, noWay.StatusCode);
        var noWayPage = await HtmlClient.ParseAsync(noWay);
        Assert.Equal(["Enter the most effective way to achieve the quality objective"], noWayPage.ErrorSummary());
        Assert.Equal(
            "Mobilise with the carers' forum; report bookings monthly from month one",
            noWayPage.FieldValue("Input.Implementation")
        );
        var complete = objective
            .Set("Input.Objectives[0].HowAchieved", "Carers' feedback after every break")
            .Set("Input.Objectives[5].Objective", "No gap in breaks when a provider leaves")
            .Set("Input.Objectives[5].HowAchieved", "Six months' notice and a second provider on the list");
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(objectives, complete)).StatusCode);
        var after = TextOf(await commissioner.GetDocumentAsync(details));
        Assert.Contains("Six months' notice and a second provider on the list", after);
        Assert.Contains("Mobilise with the carers' forum; report bookings monthly from month one", after);

        // A save on the form as it was read before is refused: 409, what differs shown, the answers kept.
        var stale = await commissioner.PostFormAsync(
            objectives,
            complete.Set("Input.Objectives[0].Objective", "Breaks rated outstanding")
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(
            "Breaks rated outstanding",
            (await HtmlClient.ParseAsync(stale)).FieldValue("Input.Objectives[0].Objective")
        );
    }

    [Fact]
    [Trait("Criterion", "CD-P12")]
    public async Task TheCpvCode_TakenAsEightDigits_IsKeptWithItsCheckDigit_AndAWrongCheckDigitIsRefused()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await StartAsync(commissioner, "Day opportunities: contract type");
        var type = details + "/contract-type";
        var answers = (await FormOf(commissioner, type))
            .Set("Input.VolumePredictable", "yes")
            .Set("Input.PersonDirects", "no")
            .Set("Input.OutcomesMeasurable", "no")
            .Set("Input.Providers", "One")
            .Set("Input.RecommendedType", "Block")
            .Set("Input.TypeReason", "One day centre, used every weekday");

        var wrong = await commissioner.PostFormAsync(type, answers.Set("Input.CpvCode", "85312000-8"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var page = await HtmlClient.ParseAsync(wrong);
        Assert.Contains(page.ErrorSummary(), e => e.StartsWith("The last digit of 85312000-8 is wrong"));
        Assert.Equal("85312000-8", page.FieldValue("Input.CpvCode"));

        var saved = await commissioner.PostFormAsync(type, answers.Set("Input.CpvCode", "85312000"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = app.Scope(out var db);
        var design = await db.ContractDesigns.SingleAsync(d => d.Title == "Day opportunities: contract type");
        Assert.Equal("85312000-9", design.CpvCode);
    }

    [Fact]
    [Trait("Criterion", "CD-P12")]
    public async Task ACommissioner_AnswersTheQuestions_SeesTheAdvice_AndRecordsAContractType()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await StartAsync(commissioner, "Carers' breaks: contract type");
        var costs = details + "/costs";
        await commissioner.PostFormAsync(
            costs,
            (await FormOf(commissioner, costs))
                .Set("Input.Costs[0].Unit", "a week's short break")
                .Set("Input.Costs[0].UnitCost", "620")
                .Set("Input.Costs[0].UnitsPerYear", "400")
                .Set("Input.Costs[0].Years", "3")
        );
        var type = details + "/contract-type";
        var answers = (await FormOf(commissioner, type))
            .Set("Input.VolumePredictable", "no")
            .Set("Input.PersonDirects", "no")
            .Set("Input.OutcomesMeasurable", "yes")
            .Set("Input.Providers", "Several")
            .Set("Input.CpvCode", "85312000-9");

        var advised = await commissioner.PostFormAsync(type, answers, type + "?handler=Advice");
        Assert.Equal(HttpStatusCode.OK, advised.StatusCode);
        var advice = await HtmlClient.ParseAsync(advised);
        var suggested = advice.QuerySelectorAll("#advice li").Select(l => l.TextContent).ToList();
        Assert.Equal(2, suggested.Count);
        Assert.StartsWith("Outcomes-based: The outcomes can be measured well enough to pay on", suggested[0]);
        Assert.StartsWith("Framework: Several providers are needed", suggested[1]);
        // £620 × 400 × 3 = £744,000, over the light-touch threshold for social work services.
        Assert.Contains("light-touch threshold of £663,540", advice.QuerySelector("#route")!.TextContent);
        // Saving from the advice saves: the form posts to the page itself, not back to the advice.
        Assert.Equal(type, advice.QuerySelector("main form[method=post]")!.GetAttribute("action"));
        await using (var scope = app.Scope(out var db))
            Assert.Null(
                (await db.ContractDesigns.SingleAsync(d => d.Title == "Carers' breaks: contract type")).RecommendedType
            );

        var block = await commissioner.PostFormAsync(type, answers.Set("Input.RecommendedType", "Block"));
        Assert.Equal(HttpStatusCode.BadRequest, block.StatusCode);
        var blockPage = await HtmlClient.ParseAsync(block);
        Assert.Equal(
            [
                "Give a reason for recommending this type. The advice does not suggest block for these answers: it "
                    + "suggests outcomes-based or framework",
            ],
            blockPage.ErrorSummary()
        );
        Assert.Equal("85312000-9", blockPage.FieldValue("Input.CpvCode"));
        Assert.Contains(
            "A block contract pays for capacity whether it is used or not",
            blockPage.QuerySelector(".govuk-warning-text")!.TextContent
        );

        var recorded = await commissioner.PostFormAsync(
            type,
            answers
                .Set("Input.RecommendedType", "OutcomesBased")
                .Set("Input.TypeReason", "The booking data and carers' survey measure the outcomes already")
        );
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var shown = TextOf(await commissioner.GetDocumentAsync(details));
        Assert.Contains("The booking data and carers' survey measure the outcomes already", shown);
        Assert.Contains("Framework: Several providers are needed", shown);
    }

    [Fact]
    [Trait("Criterion", "CD-P13")]
    public async Task ADesign_IsReadyOnlyWithAMeasureForEachOutcome_AndTheEssentialProvisions()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await StartAsync(commissioner, "Carers' breaks: provisions");
        var (breaks, wellbeing) = await DemoOutcomesAsync();
        var add = details + "/provisions/add";

        var worthless = await commissioner.PostFormAsync(
            add,
            new Form()
                .Set("Input.Kind", "Incentive")
                .Set("Input.Title", "Outcome payment")
                .Set("Input.Text", "Paid when carers' quality of life reaches the target")
        );
        Assert.Equal(HttpStatusCode.BadRequest, worthless.StatusCode);
        var worthlessPage = await HtmlClient.ParseAsync(worthless);
        Assert.Equal(
            ["Enter what the incentive is worth: an amount or a percentage of the payment"],
            worthlessPage.ErrorSummary()
        );
        Assert.Equal("Outcome payment", worthlessPage.FieldValue("Input.Title"));
        var unmeasured = await commissioner.PostFormAsync(
            add,
            new Form()
                .Set("Input.Kind", "PerformanceMeasure")
                .Set("Input.Title", "Breaks booked within four weeks")
                .Set("Input.Text", "Reported monthly")
        );
        Assert.Equal(
            ["Choose the outcome the performance measure is for"],
            (await HtmlClient.ParseAsync(unmeasured)).ErrorSummary()
        );

        async Task Add(string kind, string title, string? outcome = null, string? percentage = null)
        {
            var form = new Form()
                .Set("Input.Kind", kind)
                .Set("Input.Title", title)
                .Set("Input.Text", $"The contract's {title.ToLowerInvariant()}.");
            if (outcome is not null)
                form.Set("Input.OutcomeId", outcome);
            if (percentage is not null)
                form.Set("Input.Percentage", percentage);
            Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(add, form)).StatusCode);
        }
        await Add("PerformanceMeasure", "Breaks booked within four weeks", breaks.ToString());
        await Add("Incentive", "Outcome payment", wellbeing.ToString(), "5");
        await Add("PaymentTerms", "Payment");

        var ready = details + "/ready";
        var missing = await commissioner.GetDocumentAsync(ready);
        Assert.Equal(
            [
                "A performance measure for the outcome 'Fewer carers give up caring because they are worn out'",
                "A safeguarding provision",
                "A data protection provision",
                "Termination provisions",
            ],
            missing.QuerySelectorAll("#missing li").Select(l => l.TextContent).ToArray()
        );
        var early = await commissioner.PostFormAsync(
            details + "/provisions/add",
            new Form().Set("Version", "0"),
            ready
        );
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Add termination provisions", (await HtmlClient.ParseAsync(early)).ErrorSummary());

        await Add("PerformanceMeasure", "Carers' quality of life", wellbeing.ToString());
        await Add("Safeguarding", "Safeguarding adults");
        await Add("DataProtection", "Data protection");
        await Add("Termination", "Ending the contract");
        var marked = await commissioner.PostFormAsync(
            ready,
            new Form().Set("Version", (await VersionOf(details)).ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Contains(
            "Ready",
            (await commissioner.GetDocumentAsync(details)).QuerySelector("main .govuk-tag")!.TextContent
        );

        // Removing the termination provision takes the design back to draft.
        var page = await commissioner.GetDocumentAsync(details);
        var remove = page.QuerySelectorAll("a")
            .Single(a => a.TextContent.Contains("Remove") && a.TextContent.Contains("Ending the contract"))
            .GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(remove, new Form())).StatusCode);
        var back = await commissioner.GetDocumentAsync(details);
        Assert.Equal("Draft", back.QuerySelector("main .govuk-tag")!.TextContent);
        Assert.Contains("Termination provisions", TextOf(back));

        // Changing a provision keeps its answers when something is wrong, and a stale save is refused.
        var edit = back.QuerySelectorAll("a")
            .Single(a => a.TextContent.Contains("Change") && a.TextContent.Contains("Outcome payment"))
            .GetAttribute("href")!;
        var editForm = await commissioner.GetDocumentAsync(edit);
        var changes = new Form()
            .Set("Input.Version", editForm.FieldValue("Input.Version")!)
            .Set("Input.Kind", "Incentive")
            .Set("Input.Title", "Outcome payment")
            .Set("Input.Text", "Paid yearly")
            .Set("Input.OutcomeId", wellbeing.ToString())
            .Set("Input.Percentage", "5")
            .Set("Input.Amount", "2500");
        var both = await commissioner.PostFormAsync(edit, changes);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(["Enter an amount or a percentage, not both"], (await HtmlClient.ParseAsync(both)).ErrorSummary());
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await commissioner.PostFormAsync(edit, changes.Set("Input.Amount", ""))).StatusCode
        );
        var stale = await commissioner.PostFormAsync(edit, changes.Set("Input.Text", "Paid quarterly"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Paid quarterly", (await HtmlClient.ParseAsync(stale)).FieldValue("Input.Text"));
    }

    private async Task<int> VersionOf(string details)
    {
        var id = Guid.Parse(details.Split('/').Last());
        await using var scope = app.Scope(out var db);
        return (await db.ContractDesigns.SingleAsync(d => d.Id == id)).Version;
    }

    [Fact]
    public async Task AProvider_AnAuditor_AndAnotherOrganisation_CannotChangeOrFindADesign()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await StartAsync(commissioner, "Carers' breaks: private");
        await commissioner.PostFormAsync(
            details + "/provisions/add",
            new Form().Set("Input.Kind", "PaymentTerms").Set("Input.Title", "Payment").Set("Input.Text", "Monthly")
        );
        var provision = (await commissioner.GetDocumentAsync(details))
            .QuerySelectorAll("a")
            .First(a => a.TextContent.Contains("Change") && a.TextContent.Contains("Payment"))
            .GetAttribute("href")!;
        var parts = new[]
        {
            "/outline",
            "/agreement",
            "/approaches",
            "/costs",
            "/objectives",
            "/contract-type",
            "/ready",
            "/provisions/add",
        };

        var provider = await app.SignedInAs(Role.Provider);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.GetAsync("/contracts/designs")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.GetAsync(details)).StatusCode);

        var auditor = await app.SignedInAs(Role.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(details)).StatusCode);
        Assert.Empty(
            (await auditor.GetDocumentAsync(details)).QuerySelectorAll("a[href$='/edit'], a[href$='/outline']")
        );
        foreach (var part in parts)
            Assert.Equal(HttpStatusCode.Redirect, (await auditor.GetAsync(details + part)).StatusCode);

        var outsider = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Voluntary);
        var other = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(details)).StatusCode);
        foreach (var part in parts)
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(details + part)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(provision)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(provision.Replace("/edit", "/remove"))).StatusCode);
        Assert.DoesNotContain("Carers' breaks: private", TextOf(await other.GetDocumentAsync("/contracts/designs")));
        // Nor can they post to one: the provision survives.
        var token = await other.PostFormAsync(
            "/contracts/designs/add",
            new Form(),
            provision.Replace("/edit", "/remove")
        );
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.True(await db.ContractProvisions.AnyAsync(p => p.Title == "Payment" && p.Text == "Monthly"));
    }
}
