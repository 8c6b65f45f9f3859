using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Audit;

/// <summary>
/// Auditors and administrators read the audit trail of their own organisations only (decision 0018): the list, its
/// search, an entry, the download and a record's history. Each test makes two organisations of its own.
/// </summary>
public sealed class AuditScopeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Administrator)]
    public async Task List_ReaderOfOneOrganisation_SeesNothingOfAnother(Role role)
    {
        var (ours, theirs) = await TwoOrganisationsAsync();
        var ourRisk = await new RiskBuilder(app).In(ours.Id).SaveAsync();
        var theirRisk = await new RiskBuilder(app).In(theirs.Id).Titled("Their secret risk").SaveAsync();
        var reader = await app.SignedInAs(await new UserBuilder(app).WithRole(role, ours.Id).SaveAsync());

        var mine = await reader.GetDocumentAsync($"/audit?RecordType=Risk&RecordId={ourRisk.Id}");
        Assert.Single(mine.QuerySelectorAll("tbody tr"));
        var other = await reader.GetDocumentAsync($"/audit?RecordType=Risk&RecordId={theirRisk.Id}");
        Assert.Empty(other.QuerySelectorAll("tbody tr"));
        Assert.Contains("No entries match your search", other.QuerySelector("main")!.TextContent);
        var byText = await reader.GetDocumentAsync("/audit?Text=their+secret+risk");
        Assert.Empty(byText.QuerySelectorAll("tbody tr"));
        var all = await reader.GetDocumentAsync("/audit");
        Assert.DoesNotContain(theirRisk.Id.ToString(), all.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(theirs.Id.ToString(), all.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Entry_OfAnotherOrganisation_IsNotFoundLikeARandomId()
    {
        var (ours, theirs) = await TwoOrganisationsAsync();
        var theirRisk = await new RiskBuilder(app).In(theirs.Id).SaveAsync();
        long theirEntry;
        await using (var scope = app.Scope(out var db))
            theirEntry = await db
                .AuditEntries.Where(e => e.EntityId == theirRisk.Id.ToString())
                .Select(e => e.Sequence)
                .SingleAsync();
        var auditor = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Auditor, ours.Id).SaveAsync());
        var theirsAnswer = await auditor.GetAsync($"/audit/{theirEntry}");
        var randomAnswer = await auditor.GetAsync("/audit/999999999");
        Assert.Equal(HttpStatusCode.NotFound, theirsAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, randomAnswer.StatusCode);
        Assert.Equal(
            (await HtmlClient.ParseAsync(randomAnswer)).Title,
            (await HtmlClient.ParseAsync(theirsAnswer)).Title
        );

        // Their own auditor reads it.
        var theirAuditor = await app.SignedInAs(
            await new UserBuilder(app).WithRole(Role.Auditor, theirs.Id).SaveAsync()
        );
        Assert.Equal(HttpStatusCode.OK, (await theirAuditor.GetAsync($"/audit/{theirEntry}")).StatusCode);
    }

    [Fact]
    public async Task Download_HoldsOnlyTheReadersOrganisations()
    {
        var (ours, theirs) = await TwoOrganisationsAsync();
        var ourRisk = await new RiskBuilder(app).In(ours.Id).SaveAsync();
        var theirRisk = await new RiskBuilder(app).In(theirs.Id).SaveAsync();
        var auditor = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Auditor, ours.Id).SaveAsync());
        var csv = await (await auditor.GetAsync("/audit/download?RecordType=Risk")).Content.ReadAsStringAsync();
        Assert.Contains(ourRisk.Id.ToString(), csv);
        Assert.DoesNotContain(theirRisk.Id.ToString(), csv);
        var direct = await (
            await auditor.GetAsync($"/audit/download?RecordId={theirRisk.Id}")
        ).Content.ReadAsStringAsync();
        Assert.DoesNotContain(theirRisk.Id.ToString(), direct);
    }

    [Fact]
    public async Task AccountRows_AreReadInTheOrganisationsTheAccountBelongsTo()
    {
        var (ours, theirs) = await TwoOrganisationsAsync();
        var member = await new UserBuilder(app).WithRole(Role.Commissioner, ours.Id).Named("Our Member").SaveAsync();
        var stranger = await new UserBuilder(app)
            .WithRole(Role.Commissioner, theirs.Id)
            .Named("Their Member")
            .SaveAsync();
        var admin = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Administrator, ours.Id).SaveAsync());
        var mine = await admin.GetDocumentAsync($"/audit?RecordType=ApplicationUser&RecordId={member.Id}");
        Assert.NotEmpty(mine.QuerySelectorAll("tbody tr"));
        var other = await admin.GetDocumentAsync($"/audit?RecordType=ApplicationUser&RecordId={stranger.Id}");
        Assert.Empty(other.QuerySelectorAll("tbody tr"));
        var csv = await (
            await admin.GetAsync("/audit/download?RecordType=ApplicationUser")
        ).Content.ReadAsStringAsync();
        Assert.Contains(member.Email, csv);
        Assert.DoesNotContain(stranger.Email, csv);
    }

    [Fact]
    public async Task RecordHistory_OfAnotherOrganisationsRisk_IsNotFound()
    {
        var (ours, theirs) = await TwoOrganisationsAsync();
        var theirRisk = await new RiskBuilder(app).In(theirs.Id).SaveAsync();
        var auditor = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Auditor, ours.Id).SaveAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync($"/risks/{theirRisk.Id}/history")).StatusCode);
    }

    [Fact]
    public async Task OrganisationDetails_OfAnotherOrganisation_ShowsNoHistory()
    {
        var (ours, theirs) = await TwoOrganisationsAsync();
        var admin = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Administrator, ours.Id).SaveAsync());
        var other = await admin.GetDocumentAsync($"/admin/organisations/{theirs.Id}");
        Assert.DoesNotContain(other.QuerySelectorAll("main h2"), h => h.TextContent.Trim() == "History");
        var own = await admin.GetDocumentAsync($"/admin/organisations/{ours.Id}");
        Assert.Contains(own.QuerySelectorAll("main h2"), h => h.TextContent.Trim() == "History");
    }

    private async Task<(Organisation Ours, Organisation Theirs)> TwoOrganisationsAsync() =>
        (await new OrganisationBuilder(app).SaveAsync(), await new OrganisationBuilder(app).SaveAsync());
}
