using System.Net.Http.Headers;
using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Domain.Partnerships.RiskShare;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>A council-hosted pool with the ICB as partner, schemes led by each, and (when a test needs the split) the
/// agreement and the year's contributions, written straight to the database.</summary>
public sealed record PoolFixture(Guid Id, Guid CouncilPartner, Guid IcbPartner)
{
    public static async Task<PoolFixture> CreateAsync(AppFactory app, string name)
    {
        var council = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Council);
        var icb = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Icb);
        var now = app.Clock.GetUtcNow();
        var pool = new Partnership
        {
            OrganisationId = council,
            Name = name,
            Arrangement = ArrangementType.PooledFund,
            LegalBasis = LegalBasis.BetterCareFund,
            StartDate = new DateOnly(2026, 4, 1),
            EndDate = new DateOnly(2027, 3, 31),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var councilPartner = new PartnershipPartner { PartnershipId = pool.Id, OrganisationId = council };
        var icbPartner = new PartnershipPartner { PartnershipId = pool.Id, OrganisationId = icb };
        await using var scope = app.Scope(out var db);
        db.Partnerships.Add(pool);
        db.PartnershipPartners.AddRange(councilPartner, icbPartner);
        await db.SaveChangesAsync();
        return new PoolFixture(pool.Id, councilPartner.Id, icbPartner.Id);
    }

    /// <summary>Schemes named "Scheme 001" onwards, led by the ICB, not yet saved.</summary>
    public List<PartnershipScheme> NewSchemes(int count) =>
        [
            .. Enumerable
                .Range(1, count)
                .Select(i => new PartnershipScheme
                {
                    PartnershipId = Id,
                    Name = $"Scheme {i:000}",
                    Type = SchemeType.Other,
                    LeadPartnerId = IcbPartner,
                }),
        ];

    /// <summary>A scheme with a budget of <paramref name="monthly"/> each month of 2026/27 and, for April to June,
    /// the actuals given.</summary>
    public async Task<Guid> SchemeAsync(
        AppFactory app,
        string name,
        Guid lead,
        decimal monthly,
        params decimal[] actuals
    )
    {
        var scheme = new PartnershipScheme
        {
            PartnershipId = Id,
            Name = name,
            Type = SchemeType.Other,
            LeadPartnerId = lead,
        };
        await using var scope = app.Scope(out var db);
        db.PartnershipSchemes.Add(scheme);
        db.SchemeSpend.AddRange(
            SpendMonths
                .Of(new FinancialYear(2026))
                .Select(
                    (m, i) =>
                        new SchemeSpend
                        {
                            SchemeId = scheme.Id,
                            Month = m,
                            Budget = monthly,
                            Actual = i < actuals.Length ? actuals[i] : null,
                        }
                )
        );
        await db.SaveChangesAsync();
        return scheme.Id;
    }

    public async Task AgreeAsync(AppFactory app, RiskShareMethod rule, decimal council, decimal icb)
    {
        await using var scope = app.Scope(out var db);
        db.PartnershipAgreements.Add(new PartnershipAgreement { PartnershipId = Id, RiskShare = rule });
        db.PartnershipContributions.AddRange(
            new PartnershipContribution
            {
                PartnershipId = Id,
                PartnerId = CouncilPartner,
                Year = 2026,
                Amount = council,
                Description = "Cash",
            },
            new PartnershipContribution
            {
                PartnershipId = Id,
                PartnerId = IcbPartner,
                Year = 2026,
                Amount = icb,
                Description = "Cash",
            }
        );
        await db.SaveChangesAsync();
    }

    public async Task<List<SchemeSpend>> MonthsAsync(AppFactory app, Guid scheme)
    {
        await using var scope = app.Scope(out var db);
        return await db.SchemeSpend.AsNoTracking().Where(s => s.SchemeId == scheme).OrderBy(s => s.Month).ToListAsync();
    }

    /// <summary>A file posted to the import page as a browser posts it, the token before the file.</summary>
    public async Task<HttpResponseMessage> UploadAsync(HttpClient client, string text, string name = "spend.csv") =>
        await UploadAsync(client, System.Text.Encoding.UTF8.GetBytes(text), name);

    public async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, string name)
    {
        var url = $"/partnerships/{Id}/spend/import";
        var page = await HtmlClient.ParseAsync(await client.GetAsync(url));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { content, "Upload", name },
        };
        return await client.PostAsync(url, form);
    }

    /// <summary>A finance officer of the ICB and nowhere else, signed in.</summary>
    public static async Task<HttpClient> IcbOnlyAsync(AppFactory app)
    {
        var account = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Icb);
        return await TestAccounts.SignInAsync(app, account.Email, account.Password);
    }

    public static Task<TestAccounts.Account> OutsiderAsync(AppFactory app) =>
        TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Voluntary);
}
