using System.Net;
using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Evaluations;

/// <summary>A strategy of the demo council to evaluate, evaluations started on it, and the demo organisations by
/// name.</summary>
public static class EvaluationFixtures
{
    public static async Task<Guid> OrganisationAsync(AppFactory app, string name)
    {
        await using var scope = app.Scope(out var db);
        return await db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    /// <summary>A current strategy of the council, titled uniquely.</summary>
    public static async Task<Strategy> StrategyAsync(AppFactory app, string title = "Carers' strategy")
    {
        var council = await OrganisationAsync(app, DemoUsers.Council);
        await using var scope = app.Scope(out var db);
        var strategy = new Strategy
        {
            OrganisationId = council,
            Title = $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)],
            Owner = "Head of Commissioning",
            StartsOn = app.Today.AddYears(-2),
            EndsOn = app.Today.AddYears(1),
            CreatedAt = app.Clock.GetUtcNow(),
            UpdatedAt = app.Clock.GetUtcNow(),
        };
        db.Strategies.Add(strategy);
        await db.SaveChangesAsync();
        return strategy;
    }

    /// <summary>An evaluation started through the page by the commissioner, with the voluntary sector group (the
    /// demo stakeholder's) invited; its address.</summary>
    public static async Task<string> StartedAsync(AppFactory app, HttpClient commissioner, string title)
    {
        var strategy = await StrategyAsync(app);
        var started = await commissioner.PostFormAsync(
            "/evaluations/add",
            new Form()
                .Set("Input.StrategyId", strategy.Id.ToString())
                .Set("Input.Title", title)
                .Set("Input.PlainSummary", "We want to know if carers get the breaks they need.")
        );
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var details = started.Headers.Location!.OriginalString;
        var voluntary = await OrganisationAsync(app, DemoUsers.Voluntary);
        var invited = await commissioner.PostFormAsync(
            details + "/participants",
            new Form().Set("Invited", voluntary.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        return details;
    }

    public static Guid IdOf(string details) => Guid.Parse(details.Split('/')[^1]);

    public static Form Date(this Form form, string field, DateOnly date) =>
        form.Set($"{field}.Day", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set($"{field}.Month", date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set($"{field}.Year", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The version the page's form carries.</summary>
    public static async Task<string> VersionOnAsync(HttpClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector("input[name='Version']")!.GetAttribute("value")!;

    /// <summary>Agrees the process and two criteria, records findings and screens equality through the pages.</summary>
    public static async Task ScreenedAsync(AppFactory app, HttpClient commissioner, string details)
    {
        var process = await commissioner.PostFormAsync(
            details + "/screening/process",
            new Form()
                .Set("Version", await VersionOnAsync(commissioner, details + "/screening/process"))
                .Set("Input.Process", "Two workshops with carers and the ICB; the carers' survey")
                .Set("Input.Criteria", "Carers get a break when they need one\nFewer carers reach crisis")
                .Set("Input.AgreedWith", "NHS Northshire and Dale ICB; Northshire Voluntary Action")
                .Date("Input.AgreedOn", app.Today.AddDays(-1))
        );
        Assert.Equal(HttpStatusCode.Redirect, process.StatusCode);
        var findings = new Form().Set("Version", await VersionOnAsync(commissioner, details + "/screening/findings"));
        findings.Set("Input.Findings[0].Finding", "Breaks are booked within a week for most carers");
        findings.Set("Input.Findings[1].Finding", "Crisis referrals fell by a fifth");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await commissioner.PostFormAsync(details + "/screening/findings", findings)).StatusCode
        );
        var equality = new Form().Set("Version", await VersionOnAsync(commissioner, details + "/screening/equality"));
        for (var i = 0; i < ProtectedCharacteristicNames.Each.Length; i++)
            equality.Set($"Input.Equality[{i}].Effect", i == 0 ? "Positive" : "Neutral");
        equality
            .Set("Input.Equality[0].Note", "Older carers benefit most from planned breaks")
            .Set("Input.FullEqualityAssessmentNeeded", "no")
            .Set("Input.EqualityConclusion", "No group is disadvantaged");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await commissioner.PostFormAsync(details + "/screening/equality", equality)).StatusCode
        );
    }

    public static async Task<HttpResponseMessage> IssueDraftAsync(
        AppFactory app,
        HttpClient commissioner,
        string details,
        int closesInDays,
        string? amendments = null
    )
    {
        var form = new Form()
            .Set("Version", await VersionOnAsync(commissioner, details + "/screening/draft"))
            .Set("Input.Findings", "Most carers get breaks; a few wait too long")
            .Set("Input.RecommendsFullEvaluation", "yes")
            .Set("Input.Reason", "The effect on crisis needs a closer look")
            .Date("Input.FeedbackClosesOn", app.Today.AddDays(closesInDays));
        if (amendments is not null)
            form.Set("Input.Amendments", amendments);
        return await commissioner.PostFormAsync(details + "/screening/draft", form);
    }
}
