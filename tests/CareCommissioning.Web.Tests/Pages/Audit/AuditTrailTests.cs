using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Audit;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Commands;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Audit;

public sealed class AuditTrailTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task List_Auditor_ShowsTheirOrganisationsTrailNewestFirstInPages()
    {
        // The demo auditor audits the council: its records' entries and those of the accounts holding a role there.
        var auditor = await app.SignedInAs(Role.Auditor);
        long total,
            newest;
        await using (var scope = app.Scope(out var db))
        {
            var council = await db
                .Organisations.Where(o => o.Name == DemoUsers.Council)
                .Select(o => o.Id)
                .SingleAsync();
            var members = db.Memberships.Where(m => m.OrganisationId == council).Select(m => m.UserId);
            // With the rows of the partnerships it is a partner in, whoever's they are.
            var partnerships = db
                .PartnershipPartners.Where(pp => pp.OrganisationId == council)
                .Select(pp => (Guid?)pp.PartnershipId);
            var theirs = db.AuditEntries.Where(e =>
                e.OrganisationId == council
                || (e.OrganisationId == null && members.Contains(e.AccountId!))
                || partnerships.Contains(e.PartnershipId)
            );
            (total, newest) = (await theirs.CountAsync(), await theirs.MaxAsync(e => e.Sequence));
            Assert.True(total < await db.AuditEntries.CountAsync(), "the other organisations' entries are left out");
        }
        var doc = await auditor.GetDocumentAsync("/audit");
        Assert.Equal("Audit trail – Care Commissioning", doc.Title);
        var sequences = doc.QuerySelectorAll("tbody th")
            .Select(th => long.Parse(th.TextContent.Replace("Entry", "").Trim()))
            .ToList();
        Assert.Equal(Math.Min(50, total), sequences.Count);
        Assert.Equal(sequences.OrderByDescending(s => s), sequences);
        Assert.Equal(newest, sequences[0]);
        Assert.Contains($"of {total:N0}, newest first", doc.QuerySelector("main")!.TextContent);
        Assert.Equal("/audit?page=2", doc.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task List_FilterByRecordAndText_FindsTheChangesOfOneRecord()
    {
        var id = await MakeOrganisationAsync("Filter target " + Suffix(), code: "FT-CODE");
        var admin = await ReaderOfAsync(id, Role.Administrator);
        var doc = await admin.GetDocumentAsync($"/audit?RecordType=Organisation&RecordId={id}");
        Assert.Equal(2, doc.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(
            ["Changed", "Created"],
            doc.QuerySelectorAll("tbody tr td:nth-of-type(3)").Select(td => td.TextContent.Trim()).ToList()
        );
        Assert.Equal(id.ToString(), doc.FieldValue("RecordId"));
        Assert.Equal("Organisation", doc.FieldValue("RecordType"));

        var byText = await admin.GetDocumentAsync("/audit?Text=ft-code&Action=Updated");
        var row = Assert.Single(byText.QuerySelectorAll("tbody tr"));
        Assert.Contains(id.ToString(), row.TextContent);
        Assert.Contains("Changed", row.TextContent);

        var byWho = await admin.GetDocumentAsync("/audit?Who=nobody-called-this");
        Assert.Contains("No entries match your search", byWho.QuerySelector("main")!.TextContent);
        // The demo seed ran at start-up, outside any request: the trail names the system, not a visitor.
        var demoAdmin = await app.SignedInAs(Role.Administrator);
        var system = await demoAdmin.GetDocumentAsync("/audit?Who=system&RecordType=Organisation");
        Assert.NotEmpty(system.QuerySelectorAll("tbody tr"));
        Assert.All(system.QuerySelectorAll("tbody tr td:nth-of-type(2)"), td =>
            Assert.Equal("system", td.TextContent.Trim())
        );
    }

    [Fact]
    public async Task List_DateRange_FiltersByUkDayAndExplainsWrongDates()
    {
        var auditor = await app.SignedInAs(Role.Auditor);
        var today = app.Today;
        var d = today;
        var inRange = await auditor.GetDocumentAsync(
            $"/audit?From.Day={d.Day}&From.Month={d.Month}&From.Year={d.Year}&To.Day={d.Day}&To.Month={d.Month}&To.Year={d.Year}"
        );
        Assert.NotEmpty(inRange.QuerySelectorAll("tbody tr"));
        var past = d.AddYears(-1);
        var none = await auditor.GetDocumentAsync(
            $"/audit?To.Day={past.Day}&To.Month={past.Month}&To.Year={past.Year}"
        );
        Assert.Contains("No entries match your search", none.QuerySelector("main")!.TextContent);

        var wrong = await auditor.GetAsync(
            "/audit?From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=&To.Year=2026"
        );
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var doc = await HtmlClient.ParseAsync(wrong);
        Assert.StartsWith("Error: Audit trail", doc.Title);
        Assert.Equal(["Date from must be a real date", "Date to must include a month"], doc.ErrorSummary());
        Assert.Equal("#From-day", doc.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("31", doc.FieldValue("From.Day"));

        var backwards = await auditor.GetAsync(
            "/audit?From.Day=2&From.Month=3&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026"
        );
        Assert.Equal(
            ["Date to must be the same as or after date from"],
            (await HtmlClient.ParseAsync(backwards)).ErrorSummary()
        );

        var hostile = await auditor.GetAsync(
            "/audit?RecordType=%3Cscript%3E&Action=Exploded&RecordId=" + new string('9', 201)
        );
        Assert.Equal(HttpStatusCode.BadRequest, hostile.StatusCode);
        Assert.Equal(
            ["Record ID must be 200 characters or fewer", "Select an action from the list"],
            (await HtmlClient.ParseAsync(hostile)).ErrorSummary()
        );
    }

    [Fact]
    public async Task Entry_ShowsEveryFieldBeforeAndAfterWithItsHashes()
    {
        var id = await MakeOrganisationAsync("Entry page " + Suffix(), code: "EP-1");
        long sequence;
        string hash,
            previous;
        await using (var scope = app.Scope(out var db))
        {
            var entry = await db
                .AuditEntries.Where(e => e.EntityId == id.ToString())
                .OrderByDescending(e => e.Sequence)
                .FirstAsync();
            (sequence, hash, previous) = (entry.Sequence, entry.Hash, entry.PreviousHash);
        }
        var auditor = await ReaderOfAsync(id);
        var doc = await auditor.GetDocumentAsync($"/audit/{sequence}");
        Assert.Equal($"Audit entry {sequence}", doc.QuerySelector("h1")!.TextContent.Trim());
        var summary = doc.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains(hash, summary);
        Assert.Contains(previous, summary);
        Assert.Contains("Matches the entry's content", summary);
        Assert.Contains($"Matches entry {sequence - 1}", summary);
        var code = doc.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Code");
        Assert.Equal(["Not set", "EP-1"], code.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());
        Assert.Null(doc.QuerySelector(".govuk-warning-text"));

        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync("/audit/999999999")).StatusCode);
    }

    [Fact]
    public async Task Check_IntactTrail_SaysSo()
    {
        var auditor = await app.SignedInAs(Role.Auditor);
        var response = await auditor.PostFormAsync("/audit/check", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var doc = await auditor.GetDocumentAsync("/audit/check");
        Assert.Contains(
            "The audit trail is intact",
            doc.QuerySelector(".govuk-notification-banner--success")!.TextContent
        );
        Assert.Null(doc.QuerySelector(".govuk-warning-text"));
    }

    [Fact]
    public async Task Download_FilteredTrail_IsCsvWithFormulasDefused()
    {
        var id = await MakeOrganisationAsync(
            "=HYPERLINK(\"http://evil.example\",\"Click\") " + Suffix(),
            code: "+SUM(1,2)"
        );
        var auditor = await ReaderOfAsync(id);
        var response = await auditor.GetAsync($"/audit/download?RecordId={id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(
            "attachment; filename=\"audit-trail-",
            response.Content.Headers.ContentDisposition?.ToString()
                ?? response.Headers.GetValues("Content-Disposition").Single()
        );
        var lines = (await response.Content.ReadAsStringAsync())
            .TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 1)
            lines = lines[0].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DownloadModel.Line(DownloadModel.Header), lines[0]);
        Assert.Equal(3, lines.Length); // header, created, changed
        Assert.All(lines.Skip(1), l => Assert.Contains($"\"{id}\"", l));

        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\"", DownloadModel.Cell("=HYPERLINK(\"x\")"));
        Assert.Equal("\"'+SUM(1,2)\"", DownloadModel.Cell("+SUM(1,2)"));
        Assert.Equal("\"'-2+3\"", DownloadModel.Cell("-2+3"));
        Assert.Equal("\"'@cmd\"", DownloadModel.Cell("@cmd"));
        Assert.Equal("\"'\tTAB\"", DownloadModel.Cell("\tTAB"));
        Assert.Equal("\"plain, with comma\"", DownloadModel.Cell("plain, with comma"));
    }

    [Fact]
    public async Task Download_WrongFilters_GoesBackToTheTrailWithThem()
    {
        var auditor = await app.SignedInAs(Role.Auditor);
        var response = await auditor.GetAsync("/audit/download?From.Day=40&From.Month=1&From.Year=2026");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/audit?From.Day=40&From.Month=1&From.Year=2026", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Check_TamperedTrail_NamesTheFirstBrokenEntry()
    {
        using var own = new AppFactory();
        await AuditTampering.MakeChangesAsync(own.Services);
        long target;
        Guid organisation;
        await using (var scope = own.Scope(out var db))
        {
            target = await AuditTampering.LastSequenceAsync(db) - 1;
            organisation = Guid.Parse(
                await db.AuditEntries.Where(e => e.Sequence == target).Select(e => e.EntityId).SingleAsync()
            );
            await AuditTampering.SetChangesAsync(db, target, "[]");
        }
        // An auditor of the organisation whose entry was altered, so they may open it.
        var auditor = await own.SignedInAs(await new UserBuilder(own).WithRole(Role.Auditor, organisation).SaveAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await auditor.PostFormAsync("/audit/check", [])).StatusCode);
        var doc = await auditor.GetDocumentAsync("/audit/check");
        Assert.Contains(
            $"The audit trail is broken at entry {target}",
            doc.QuerySelector(".govuk-warning-text")!.TextContent
        );
        Assert.NotNull(doc.QuerySelector($"a[href='/audit/{target}']"));
        Assert.Null(doc.QuerySelector(".govuk-notification-banner--success"));

        var entry = await auditor.GetDocumentAsync($"/audit/{target}");
        Assert.Contains("does not match its hash", entry.QuerySelector(".govuk-warning-text")!.TextContent);
    }

    private async Task<Guid> MakeOrganisationAsync(string name, string code)
    {
        await using var scope = app.Scope(out var db);
        var org = new Organisation { Name = name, Type = OrganisationType.Other };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        org.Code = code;
        await db.SaveChangesAsync();
        return org.Id;
    }

    /// <summary>A new user who reads the audit of <paramref name="organisation"/>, signed in.</summary>
    private async Task<HttpClient> ReaderOfAsync(Guid organisation, Role role = Role.Auditor) =>
        await app.SignedInAs(await new UserBuilder(app).WithRole(role, organisation).SaveAsync());

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}
