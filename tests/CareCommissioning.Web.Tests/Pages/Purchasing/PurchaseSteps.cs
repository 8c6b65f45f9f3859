using System.Net;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

/// <summary>Planning a purchase through its question pages, as the tests share it.</summary>
public static class PurchaseSteps
{
    /// <summary>Posts a purchase page's form with its anti-forgery token and the version the page was built
    /// from.</summary>
    public static async Task<HttpResponseMessage> PostPurchaseAsync(
        this HttpClient client,
        string url,
        Form fields,
        string? action = null
    )
    {
        var page = await HtmlClient.ParseAsync(await client.GetAsync(url));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no anti-forgery token.");
        var body = new Form();
        body.AddRange(fields);
        if (
            !fields.Any(f => f.Key == "PurchaseVersion")
            && page.QuerySelector("input[name=PurchaseVersion]")?.GetAttribute("value") is { } version
        )
            body.Set("PurchaseVersion", version);
        body.Set("__RequestVerificationToken", token);
        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(body));
    }

    public static Form What(
        string description = "Two profiling beds with pressure-relieving mattresses",
        string cpv = "33192000-2",
        string quantity = "2",
        DateOnly? needed = null
    )
    {
        var d = needed ?? AppFactory.FirstDay.AddMonths(2);
        return new Form()
            .Set("Input.Description", description)
            .Set("Input.Category", cpv)
            .Set("Input.Quantity", quantity)
            .Set("Input.Unit", "beds")
            .Set("Input.DateNeeded.Day", d.Day.ToString())
            .Set("Input.DateNeeded.Month", d.Month.ToString())
            .Set("Input.DateNeeded.Year", d.Year.ToString());
    }

    public static async Task<Guid> StartAsync(HttpClient client, Form? what = null)
    {
        var response = await client.PostFormAsync("/purchasing/start", what ?? What());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    /// <summary>Answers every planning question with good answers and returns where the last page sent the
    /// user.</summary>
    public static async Task PlanAsync(
        HttpClient client,
        Guid id,
        Guid budgetHead,
        string value = "1800",
        string includesVat = "yes"
    )
    {
        async Task Step(string slug, Form form)
        {
            var response = await client.PostPurchaseAsync($"/purchasing/{id}/{slug}", form);
            Assert.True(
                response.StatusCode == HttpStatusCode.Redirect,
                $"{slug}: {string.Join("; ", (await HtmlClient.ParseAsync(response)).ErrorSummary())}"
            );
        }
        await Step(
            "justification",
            new Form()
                .Set("Input.OutcomeSupported", "Safe discharge home for two people in reablement")
                .Set("Input.BudgetHeadId", budgetHead.ToString())
        );
        await Step(
            "collaboration",
            new Form()
                .Set("Input.OthersBuyingSame", "None found: asked the ICB equipment service")
                .Set("Input.Involved", "yes")
                .Set("Input.HowPeopleAreInvolved", "Both people will try the beds first")
        );
        await Step(
            "cost",
            new Form()
                .Set("Input.EstimatedValue", value)
                .Set("Input.IncludesVat", includesVat)
                .Set("Input.PurchasePrice", value)
                .Set("Input.MaintenanceCostPerYear", "100")
                .Set("Input.DisposalCost", "50")
                .Set("Input.LifeYears", "5")
        );
        await Step("route", new Form().Set("Input.ChosenRoute", "SingleQuote"));
        await Step(
            "criteria",
            new Form()
                .Set("Input.WholeLifeCost", "40")
                .Set("Input.Quality", "40")
                .Set("Input.Sustainability", "10")
                .Set("Input.SocialValue", "10")
                .Set("Input.CostScoring", "Lowest")
                .With("Input.Measures", "DaysFromRequestToOrder")
                .With("Input.Measures", "RuleCompliance")
                .Set("Input.DaysTarget", "10")
        );
    }
}
