using System.Net;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>Each partner records what it puts into the pool, year by year; every partner sees all of it, and only a
/// partner's own people change its contributions (PB-P5).</summary>
public sealed class ContributionPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "PB-P5")]
    public async Task EachPartnerAddsItsOwnContributions_AndBothSeeThePoolByYear_WithFutureYearsPlanned()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool with contributions");
        foreach (
            var (client, form) in new[]
            {
                (
                    f.Council,
                    AgreementFixture.Contribution(f.CouncilPartner, "2026", "Cash", "5,700,000", "Better Care Grant")
                ),
                (
                    f.Council,
                    AgreementFixture.Contribution(
                        f.CouncilPartner,
                        "2026",
                        "InKind",
                        "300000",
                        "Seconded social workers"
                    )
                ),
                (
                    f.Icb,
                    AgreementFixture.Contribution(
                        f.IcbPartner,
                        "2026",
                        "Cash",
                        "4000000.00",
                        "NHS minimum contribution"
                    )
                ),
                (
                    f.Icb,
                    AgreementFixture.Contribution(
                        f.IcbPartner,
                        "2027",
                        "Cash",
                        "4156000",
                        "NHS minimum contribution, uplifted"
                    )
                ),
            }
        )
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(f.Contributions, form)).StatusCode);

        var page = await f.Icb.GetDocumentAsync(f.Contributions);
        var current = page.QuerySelector("[aria-label='Contributions for 2026/27'] table")!;
        Assert.Contains("current year", current.QuerySelector("caption")!.TextContent);
        var pool = current.QuerySelectorAll("tbody tr").Last().TextContent;
        Assert.Contains("£9,700,000.00", pool);
        Assert.Contains("£300,000.00", pool);
        Assert.Contains("£10,000,000.00", pool);
        var planned = page.QuerySelector("[aria-label='Contributions for 2027/28'] caption")!.TextContent;
        Assert.Contains("planned", planned);
        // The ICB's people may change the ICB's rows only.
        var rows = page.QuerySelectorAll("[aria-label='Each contribution'] tbody tr").ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r =>
            Assert.Equal(
                r.TextContent.Contains(DemoUsers.Icb, StringComparison.Ordinal) ? 1 : 0,
                r.QuerySelectorAll("a").Length
            )
        );
    }

    [Theory]
    [InlineData("Input.Amount", "lots", "The amount must be in pounds and pence, like 250000 or 250,000.00")]
    [InlineData("Input.Amount", "1.005", "The amount must be in pounds and pence, with no more than 2 decimal places")]
    [InlineData("Input.Amount", "10000000000.01", "The amount must be from £0 to £10,000,000,000")]
    [InlineData("Input.Amount", "-1", "The amount must be from £0 to £10,000,000,000")]
    [InlineData(
        "Input.Description",
        "",
        "Enter what the contribution is, such as the NHS minimum contribution or staff seconded to the pool"
    )]
    [InlineData("Input.Year", "2031", "The financial year must be from 2026/27 to 2028/29")]
    [InlineData(
        "Input.PartnerId",
        "not-in-it",
        "Select a partner of this partnership that the contribution comes from"
    )]
    public async Task BadInput_SaysWhatIsWrong_KeepsTheAnswers_AndSavesNothing(
        string field,
        string value,
        string message
    )
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool with bad input");
        var form = AgreementFixture
            .Contribution(f.CouncilPartner, "2026", "Cash", "1000", "Better Care Grant")
            .Set(field, value == "not-in-it" ? Guid.NewGuid().ToString() : value);

        var response = await f.Council.PostFormAsync(f.Contributions, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: ", doc.Title);
        Assert.Contains(message, doc.ErrorSummary());
        if (field is "Input.Amount" or "Input.Description")
            Assert.Equal(value, doc.FieldValue(field));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.PartnershipContributions.AnyAsync(c => c.PartnershipId == f.Id));
    }

    [Fact]
    public async Task OnlyTheContributingPartnerChangesOrRemovesIt_AndAStaleSaveIsRefused_WithTheAnswersKept()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool with changes");
        await f.AddContributionAsync(f.Council, f.CouncilPartner, "5000000");
        Guid cid;
        await using (var scope = app.Scope(out var db))
            cid = await db.PartnershipContributions.Where(c => c.PartnershipId == f.Id).Select(c => c.Id).SingleAsync();
        var page = $"{f.Contributions}/{cid}";

        // The ICB sees the council's contribution on the list but may not open it to change it.
        AgreementFixture.AssertRefused(await f.Icb.GetAsync(page));
        var refused = await f.Icb.PostFormAsync(
            f.Contributions,
            AgreementFixture
                .Contribution(f.CouncilPartner, "2026", "Cash", "1", "Cut by the ICB")
                .Set("Input.Version", "1"),
            action: page
        );
        AgreementFixture.AssertRefused(refused);
        // Nor add one in the council's name.
        var inTheirName = await f.Icb.PostFormAsync(
            f.Contributions,
            AgreementFixture.Contribution(f.CouncilPartner, "2026", "Cash", "1", "In the council's name")
        );
        AgreementFixture.AssertRefused(inTheirName);

        var change = AgreementFixture
            .Contribution(f.CouncilPartner, "2027", "Cash", "5,200,000", "Better Care Grant, uplifted")
            .Set("Input.Version", "1");
        Assert.Equal(HttpStatusCode.Redirect, (await f.Council.PostFormAsync(page, change)).StatusCode);
        var stale = await f.Council.PostFormAsync(page, change.Set("Input.Amount", "9,999"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("9,999", (await HtmlClient.ParseAsync(stale)).FieldValue("Input.Amount"));
        var staleRemove = await f.Council.PostFormAsync(
            page,
            new Form().Set("Input.Version", "1"),
            action: page + "?handler=Remove"
        );
        Assert.Equal(HttpStatusCode.Conflict, staleRemove.StatusCode);

        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.PartnershipContributions.AsNoTracking().SingleAsync(c => c.Id == cid);
            Assert.Equal(
                (2027, 5_200_000m, "Better Care Grant, uplifted"),
                (saved.Year, saved.Amount, saved.Description)
            );
            Assert.Equal(
                HttpStatusCode.Redirect,
                (
                    await f.Council.PostFormAsync(
                        page,
                        new Form().Set(
                            "Input.Version",
                            saved.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        ),
                        action: page + "?handler=Remove"
                    )
                ).StatusCode
            );
            Assert.False(await db.PartnershipContributions.AnyAsync(c => c.Id == cid));
        }
    }
}
