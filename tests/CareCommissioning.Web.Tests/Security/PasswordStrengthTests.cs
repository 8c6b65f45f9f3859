using System.Net;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>Common and easily guessed passwords are refused wherever a password is chosen.</summary>
public sealed class PasswordStrengthTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("Password1234")]
    [InlineData("Welcome2026!")]
    [InlineData("qwertyuiop123")]
    public async Task ChangePassword_ToACommonPassword_IsRefusedAndTheOldOneStillWorks(string common)
    {
        var account = await TestAccounts.CreateAsync(app);
        var client = await TestAccounts.SignInAsync(app, account.Email, account.Password);

        var response = await client.PostFormAsync(
            "/account/change-password",
            new()
            {
                ["Input.CurrentPassword"] = account.Password,
                ["Input.NewPassword"] = common,
                ["Input.ConfirmPassword"] = common,
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await HtmlClient.ParseAsync(response)).ErrorSummary());
        Assert.StartsWith("New password is too easy to guess", error);
        await TestAccounts.SignInAsync(app, account.Email, account.Password);
    }

    [Fact]
    public async Task ChangePassword_ToThreeRandomWords_IsAccepted()
    {
        var account = await TestAccounts.CreateAsync(app);
        var client = await TestAccounts.SignInAsync(app, account.Email, account.Password);

        var response = await client.PostFormAsync(
            "/account/change-password",
            new()
            {
                ["Input.CurrentPassword"] = account.Password,
                ["Input.NewPassword"] = "kettle orbit meadow",
                ["Input.ConfirmPassword"] = "kettle orbit meadow",
            }
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await TestAccounts.SignInAsync(app, account.Email, "kettle orbit meadow");
    }
}
