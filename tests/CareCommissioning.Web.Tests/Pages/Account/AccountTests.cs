using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Account;

public sealed class AccountTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Index_Partner_ShowsNameEmailAndRolesPerOrganisation()
    {
        var council = await new OrganisationBuilder(app).SaveAsync();
        var icb = await new OrganisationBuilder(app)
            .Named("NHS Fenmoor Integrated Care Board " + TestData.Mark())
            .OfType(OrganisationType.NhsBody)
            .SaveAsync();
        var partner = await new UserBuilder(app)
            .Named("Dr Alan Hughes")
            .WithRole(Role.CommissioningPartner, icb.Id)
            .WithRole(Role.CommissioningPartner, council.Id)
            .SaveAsync();
        var client = await app.SignedInAs(partner);
        var doc = await client.GetDocumentAsync("/account");
        Assert.Equal("Your account – Care Commissioning", doc.Title);
        var summary = doc.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("Dr Alan Hughes", summary);
        Assert.Contains(partner.Email, summary);
        var rows = doc.QuerySelectorAll("tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains(council.Name) && r.Contains("Commissioning partner"));
        Assert.Contains(rows, r => r.Contains(icb.Name) && r.Contains("Commissioning partner"));
        Assert.NotNull(doc.QuerySelector("a[href='/account/change-password']"));
        Assert.NotNull(doc.QuerySelector("a[href='/account/tokens']"));
    }

    [Fact]
    public async Task ChangePassword_MissingOrMismatched_Gives400WithMessagesAndNoPasswordsEchoed()
    {
        var account = await new UserBuilder(app).SaveAsync();
        var client = await app.SignedInAs(account);

        var empty = await client.PostFormAsync(
            "/account/change-password",
            new()
            {
                ["Input.CurrentPassword"] = "",
                ["Input.NewPassword"] = "",
                ["Input.ConfirmPassword"] = "",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var doc = await HtmlClient.ParseAsync(empty);
        Assert.Equal("Error: Change your password – Care Commissioning", doc.Title);
        Assert.Equal(
            ["Enter your current password", "Enter a new password", "Confirm your new password"],
            doc.ErrorSummary()
        );

        var mismatch = await client.PostFormAsync(
            "/account/change-password",
            new()
            {
                ["Input.CurrentPassword"] = account.Password,
                ["Input.NewPassword"] = "one-new-password",
                ["Input.ConfirmPassword"] = "another-new-password",
            }
        );
        var mismatchDoc = await HtmlClient.ParseAsync(mismatch);
        Assert.Equal(["The new passwords do not match"], mismatchDoc.ErrorSummary());
        Assert.Equal("", mismatchDoc.FieldValue("Input.CurrentPassword"));
        Assert.Equal("", mismatchDoc.FieldValue("Input.NewPassword"));

        var tooShort = await client.PostFormAsync(
            "/account/change-password",
            new()
            {
                ["Input.CurrentPassword"] = account.Password,
                ["Input.NewPassword"] = "short",
                ["Input.ConfirmPassword"] = "short",
            }
        );
        Assert.Equal(
            ["New password must be 12 characters or more"],
            (await HtmlClient.ParseAsync(tooShort)).ErrorSummary()
        );

        var same = await client.PostFormAsync(
            "/account/change-password",
            new()
            {
                ["Input.CurrentPassword"] = account.Password,
                ["Input.NewPassword"] = account.Password,
                ["Input.ConfirmPassword"] = account.Password,
            }
        );
        Assert.Equal(
            ["New password must be different from your current password"],
            (await HtmlClient.ParseAsync(same)).ErrorSummary()
        );
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_SaysSoAndCountsTowardsTheLockout()
    {
        var account = await new UserBuilder(app).SaveAsync();
        var client = await app.SignedInAs(account);
        var wrong = await client.PostFormAsync(
            "/account/change-password",
            new()
            {
                ["Input.CurrentPassword"] = "not-my-password",
                ["Input.NewPassword"] = "a-new-password-2026",
                ["Input.ConfirmPassword"] = "a-new-password-2026",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["Your current password is wrong"], (await HtmlClient.ParseAsync(wrong)).ErrorSummary());
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, db.Users.Single(u => u.Id == account.Id).AccessFailedCount);
    }

    [Fact]
    public async Task ChangePassword_Success_ShowsTheBannerOnTheAccountPage()
    {
        var account = await new UserBuilder(app).SaveAsync();
        var client = await app.SignedInAs(account);
        var response = await client.PostFormAsync(
            "/account/change-password",
            new()
            {
                ["Input.CurrentPassword"] = account.Password,
                ["Input.NewPassword"] = "changed-password-2026",
                ["Input.ConfirmPassword"] = "changed-password-2026",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location!.ToString());
        var page = await client.GetDocumentAsync("/account");
        Assert.Contains(
            "signed out on every other device",
            page.QuerySelector(".govuk-notification-banner--success")!.TextContent
        );
    }
}
