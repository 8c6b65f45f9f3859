using System.Net;
using AngleSharp.Dom;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Appraisals;

/// <summary>
/// OA-P21, balancing a priority's budget against the organisation's other needs: negotiating on a budget head, the
/// commissioner and finance see what the head holds each year, what is already agreed for other priorities, what other
/// open proposals ask for and what would be left, are warned before an overspend, and settle on an amount that fits;
/// the agreed amount then shows on the budget head and in the variance, and the API gives the same figures.
/// </summary>
public sealed class BudgetBalanceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record World(Guid Appraisal, Guid Head, TestUser Commissioner, TestUser Finance, TestUser Outsider);

    /// <summary>A new organisation whose "Adult social care" head holds £500,000 in 2026/27 and £400,000 in 2027/28.
    /// Extra care housing has £320,000 agreed from it in 2027/28 and carers' breaks ask for £50,000 that year. The
    /// commissioner's own appraisal, reablement at home, has no proposal yet.</summary>
    private async Task<World> ArrangeAsync()
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var head = await new BudgetHeadBuilder(app)
            .In(org)
            .Named("Adult social care", "ASC")
            .Holding(2026, 500_000m)
            .Holding(2027, 400_000m)
            .SaveAsync();
        var reablement = await new AppraisalBuilder(app).In(org).Titled("Reablement at home").SaveAsync();
        var housing = await new AppraisalBuilder(app).In(org).Titled("Extra care housing").SaveAsync();
        var carers = await new AppraisalBuilder(app).In(org).Titled("Carers' breaks").SaveAsync();
        await using (var scope = app.Scope(out var db))
        {
            var agreed = Proposal(org, housing.Id, head.Id, 320_000m);
            BudgetNegotiation.Add(agreed, new NegotiationRound { Kind = RoundKind.Agreement, By = "Fin Officer" });
            db.BudgetProposals.AddRange(agreed, Proposal(org, carers.Id, head.Id, 50_000m));
            await db.SaveChangesAsync();
        }
        var outsiderOrg = (await new OrganisationBuilder(app).SaveAsync()).Id;
        return new World(
            reablement.Id,
            head.Id,
            await new UserBuilder(app).Named("Cara Commissioner").WithRole(Role.Commissioner, org).SaveAsync(),
            await new UserBuilder(app).Named("Fin Ance").WithRole(Role.FinanceOfficer, org).SaveAsync(),
            await new UserBuilder(app).Named("Oz Outsider").WithRole(Role.FinanceOfficer, outsiderOrg).SaveAsync()
        );
    }

    private BudgetProposal Proposal(Guid org, Guid appraisal, Guid head, decimal in2027)
    {
        var proposal = new BudgetProposal
        {
            OrganisationId = org,
            AppraisalId = appraisal,
            BudgetHeadId = head,
            CreatedAt = app.Clock.GetUtcNow(),
        };
        BudgetNegotiation.Add(
            proposal,
            new NegotiationRound
            {
                Kind = RoundKind.Proposal,
                By = "Someone Else",
                Amounts = [new YearAmountProposal { Year = 2027, Amount = in2027 }],
                Message = "For the priority",
            }
        );
        return proposal;
    }

    private Form Round(string kind, string message, string? in2027 = null)
    {
        var due = app.Today.AddDays(14);
        var form = new Form()
            .Set("Input.Kind", kind)
            .Set("Input.Message", message)
            .Set("Input.DueOn.Day", due.Day.ToString())
            .Set("Input.DueOn.Month", due.Month.ToString())
            .Set("Input.DueOn.Year", due.Year.ToString());
        // The appraisal runs from 2026/27, so the second amount box is 2027/28; a browser sends the empty first one
        // too.
        return in2027 is null ? form : form.Set("Input.Amounts[0]", "").Set("Input.Amounts[1]", in2027);
    }

    /// <summary>The cells of the row for <paramref name="year"/> in the table captioned as
    /// <paramref name="caption"/> begins.</summary>
    private static List<string> Row(IParentNode page, string caption, string year)
    {
        var table = page.QuerySelectorAll("table")
            .Single(t => t.QuerySelector("caption")!.TextContent.Trim().StartsWith(caption));
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == year);
        return row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
    }

    [Fact]
    [Trait("Criterion", "OA-P21")]
    public async Task Negotiators_SeeTheHeadsMoneyAndOtherClaims_AreWarnedOfAnOverspend_AndAgreeAnAmountThatFits()
    {
        var world = await ArrangeAsync();
        var commissioner = await app.SignedInAs(world.Commissioner);
        var budget = $"/appraisals/{world.Appraisal}/budget";

        // Before asking: the head's money year by year against what is agreed and asked for.
        var start = await commissioner.GetDocumentAsync($"{budget}?start=true");
        Assert.Equal(
            ["£400,000.00", "£320,000.00", "£50,000.00", "£80,000.00"],
            Row(start, "Adult social care by year", "2027/28")
        );
        Assert.Equal(
            ["£500,000.00", "£0.00", "£0.00", "£500,000.00"],
            Row(start, "Adult social care by year", "2026/27")
        );

        var asked = await commissioner.PostAppraisalAsync(
            $"{budget}?start=true",
            Round("", "Reablement needs a team from April 2027", "100,000")
                .Set("Input.BudgetHeadId", world.Head.ToString()),
            $"{budget}?handler=Start"
        );
        Assert.True(
            asked.StatusCode == HttpStatusCode.Redirect,
            string.Join("; ", (await HtmlClient.ParseAsync(asked)).ErrorSummary())
        );

        // £100,000 on the table against £80,000 left: the page says so before anyone agrees.
        var page = await commissioner.GetDocumentAsync(budget);
        Assert.Equal(
            ["£100,000.00", "£400,000.00", "£320,000.00", "£50,000.00", "Overspent -£20,000.00"],
            Row(page, "Amounts on the table by year, against what Adult social care holds", "2027/28")
        );
        var card = page.QuerySelector(".govuk-summary-card")!.TextContent;
        Assert.Contains("Agreeing these amounts would overspend Adult social care in 2027/28 by £20,000.", card);
        Assert.Contains("Extra care housing: agreed £320,000 in all", card);
        Assert.Contains("Carers' breaks: asks for £50,000 in all", card);
        Assert.NotNull(page.QuerySelector("a.govuk-link[href$='/budget']:not([href*='" + world.Appraisal + "'])"));

        // Finance counters with what fits; the commissioner agrees.
        var finance = await app.SignedInAs(world.Finance);
        Guid proposal;
        await using (var scope = app.Scope(out var db))
            proposal = (await db.BudgetProposals.SingleAsync(p => p.AppraisalId == world.Appraisal)).Id;
        var respond = $"{budget}?handler=Respond&proposalId={proposal}";
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await finance.PostAppraisalAsync(
                    $"{budget}?respond={proposal}",
                    Round("CounterProposal", "£80,000 is what the head has left after extra care", "80,000"),
                    respond
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync($"{budget}?respond={proposal}", Round("Agreement", ""), respond)
            ).StatusCode
        );

        page = await commissioner.GetDocumentAsync(budget);
        Assert.Equal(
            ["£80,000.00", "£400,000.00", "£320,000.00", "£50,000.00", "£0.00"],
            Row(page, "Agreed budget by year, against what Adult social care holds", "2027/28")
        );
        Assert.Empty(page.QuerySelectorAll(".govuk-summary-card .govuk-warning-text"));

        // The agreed amount reaches the budget head and the variance.
        var head = await commissioner.GetDocumentAsync($"/needs/budgets/{world.Head}");
        Assert.Equal(
            ["£400,000.00", "£400,000.00", "£50,000.00", "£0.00"],
            Row(head, "Adult social care by year, against the claims on it", "2027/28")
        );
        var claims = head.QuerySelectorAll("table")
            .Single(t => t.QuerySelector("caption")!.TextContent.Contains("Appraisals with a claim"))
            .QuerySelectorAll("tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim())))
            .ToList();
        Assert.Equal(
            [
                "Extra care housing | Agreed | £320,000.00",
                "Carers' breaks | Being negotiated | £50,000.00",
                "Reablement at home | Agreed | £80,000.00",
            ],
            claims
        );
        var variance = await commissioner.GetDocumentAsync("/needs/variance");
        Assert.Equal(
            ["£400,000.00", "£400,000.00", "£0.00"],
            Row(variance, "Resources agreed for priorities", "2027/28")
        );
        Assert.Equal(
            ["£500,000.00", "£0.00", "£500,000.00"],
            Row(variance, "Resources agreed for priorities", "2026/27")
        );
    }

    [Fact]
    [Trait("Criterion", "OA-P21")]
    public async Task Api_NegotiatesWithTheHeadsPosition_AndAnotherOrganisationSeesNothing()
    {
        var world = await ArrangeAsync();
        var commissioner = await app.ApiClientAs(world.Commissioner);
        var finance = await app.ApiClientAs(world.Finance);
        var proposals = $"/api/v1/appraisals/{world.Appraisal}/budget-proposals";
        var due = app.Today.AddDays(14).ToString("yyyy-MM-dd");

        var outside = await commissioner.PostJsonAsync(
            proposals,
            $$"""{"budgetHeadId":"{{world.Head}}","amounts":[{"year":2040,"amount":1}],"message":"x","dueOn":"{{due}}"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal(["amounts"], (await outside.ReadJsonAsync()).ErrorFields());

        var started = await commissioner.PostJsonAsync(
            proposals,
            $$"""{"budgetHeadId":"{{world.Head}}","amounts":[{"year":2027,"amount":100000}],"message":"A team from April 2027","dueOn":"{{due}}"}"""
        );
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await started.ReadJsonAsync();
        var year = body.GetProperty("headPosition").EnumerateArray().Single();
        Assert.Equal(
            (2027, 400_000m, 320_000m, 50_000m, 100_000m, -20_000m, -70_000m),
            (
                year.GetProperty("year").GetInt32(),
                year.GetProperty("held").GetDecimal(),
                year.GetProperty("agreed").GetDecimal(),
                year.GetProperty("asked").GetDecimal(),
                year.GetProperty("focus").GetDecimal(),
                year.GetProperty("left").GetDecimal(),
                year.GetProperty("leftIfAllAgreed").GetDecimal()
            )
        );
        var rounds = $"{proposals}/{body.GetProperty("id").GetGuid()}/rounds";

        var countered = await finance.PostJsonAsync(
            rounds,
            $$"""{"version":{{body.GetProperty("version").GetInt32()}},"kind":"CounterProposal","amounts":[{"year":2027,"amount":80000}],"message":"What is left","dueOn":"{{due}}"}"""
        );
        Assert.Equal(HttpStatusCode.OK, countered.StatusCode);
        var version = (await countered.ReadJsonAsync()).GetProperty("version").GetInt32();
        var own = await finance.PostJsonAsync(rounds, $$"""{"version":{{version}},"kind":"Agreement"}""");
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains(
            "Someone other than the person who proposed these amounts",
            (await own.ReadJsonAsync()).GetProperty("errors").GetProperty("kind")[0].GetString()
        );
        var stale = await commissioner.PostJsonAsync(rounds, $$"""{"version":{{version - 1}},"kind":"Agreement"}""");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var agreed = await commissioner.PostJsonAsync(rounds, $$"""{"version":{{version}},"kind":"Agreement"}""");
        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        Assert.Equal("Agreed", (await agreed.ReadJsonAsync()).GetProperty("status").GetString());

        var head = await commissioner.GetJsonAsync($"/api/v1/budget-heads/{world.Head}/claims");
        var y2027 = head.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2027);
        Assert.Equal(400_000m, y2027.GetProperty("agreed").GetDecimal());
        Assert.Equal(0m, y2027.GetProperty("left").GetDecimal());
        Assert.Equal(
            ["Extra care housing", "Carers' breaks", "Reablement at home"],
            head.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("appraisalTitle").GetString())
        );
        var variance = await commissioner.GetJsonAsync("/api/v1/variance");
        var v2027 = variance.EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2027);
        Assert.Equal(400_000m, v2027.GetProperty("agreedForPriorities").GetDecimal());
        Assert.Equal(0m, v2027.GetProperty("notYetAgreed").GetDecimal());

        var outsider = await app.ApiClientAs(world.Outsider);
        foreach (var url in new[] { $"/api/v1/budget-heads/{world.Head}/claims", proposals })
        {
            var refused = await outsider.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.DoesNotContain("Extra care housing", await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostJsonAsync(rounds, """{"version":1}""")).StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.Equal(
            ProposalStatus.Agreed,
            (await db.BudgetProposals.SingleAsync(p => p.AppraisalId == world.Appraisal)).Status
        );
    }
}
