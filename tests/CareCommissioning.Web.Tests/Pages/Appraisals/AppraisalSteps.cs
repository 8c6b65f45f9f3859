using System.Net;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Appraisals;

/// <summary>The steps of building an appraisal through its pages, shared by the tests.</summary>
public static class AppraisalSteps
{
    /// <summary>
    /// Posts a form on an appraisal page as a browser would: with the page's anti-forgery token and the version of the
    /// appraisal the page was built from, unless the test sets its own.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAppraisalAsync(
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
            !fields.Any(f => f.Key == "AppraisalVersion")
            && page.QuerySelector("input[name=AppraisalVersion]")?.GetAttribute("value") is { } version
        )
            body.Set("AppraisalVersion", version);
        // A record edited on the page (such as a budget proposal) carries its own version the same way.
        if (
            !fields.Any(f => f.Key == "Input.Version")
            && page.QuerySelector("input[name='Input.Version']")?.GetAttribute("value") is { } inputVersion
        )
            body.Set("Input.Version", inputVersion);
        body.Set("__RequestVerificationToken", token);
        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(body));
    }

    public static async Task<Guid> StartAsync(HttpClient client, string title, int horizon = 4)
    {
        var response = await client.PostAppraisalAsync(
            "/appraisals/add",
            new Form()
                .Set("Input.Title", title)
                .Set("Input.Purpose", "Meet rising demand for homecare")
                .Set("Input.BaseYear", "2026/27")
                .Set("Input.HorizonYears", horizon.ToString())
                .Set("Input.Schedule", "standard")
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static async Task<Guid> AddOptionAsync(
        HttpClient client,
        Guid id,
        string name,
        string kind = "ServiceRedesign",
        string assessment = "CarriedForward",
        string optimismBias = ""
    )
    {
        var response = await client.PostAppraisalAsync(
            $"/appraisals/{id}/options/add",
            new Form()
                .Set("Input.Name", name)
                .Set("Input.Kind", kind)
                .Set("Input.Description", $"What {name} means")
                .Set("Input.Assessment", assessment)
                .Set("Input.AssessmentReason", "Meets the spending objectives")
                .Set("Input.OptimismBias", optimismBias)
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return location.EndsWith("/flows", StringComparison.Ordinal) ? Guid.Parse(location.Split('/')[^2]) : Guid.Empty;
    }

    /// <summary>Posts costs and benefits by year (index = year).</summary>
    public static async Task SetFlowsAsync(
        HttpClient client,
        Guid id,
        Guid optionId,
        decimal[] costs,
        decimal[] benefits
    )
    {
        var form = new Form();
        for (var y = 0; y < Math.Max(costs.Length, benefits.Length); y++)
        {
            form.Set($"Rows[{y}].Year", y.ToString());
            if (y < costs.Length)
                form.Set($"Rows[{y}].Cost", costs[y].ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (y < benefits.Length)
                form.Set($"Rows[{y}].Benefit", benefits[y].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var response = await client.PostAppraisalAsync($"/appraisals/{id}/options/{optionId}/flows", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<Guid> DoNothingIdAsync(HttpClient client, Guid id)
    {
        var page = await client.GetDocumentAsync($"/appraisals/{id}/options");
        var link = page.QuerySelectorAll("a")
            .First(a => a.TextContent.Trim().StartsWith("Do nothing", StringComparison.Ordinal));
        return Guid.Parse(link.GetAttribute("href")!.Split('/').Last());
    }
}
