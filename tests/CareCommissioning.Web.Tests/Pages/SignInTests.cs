using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages;

public sealed class SignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SignIn_DemoCommissioner_RedirectsHomeAndShowsTheirOrganisation()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Commissioner in Northshire County Council", home.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("commissioner@demo.test", "wrong-password-123")]
    [InlineData("nobody@demo.test", "wrong-password-123")]
    public async Task SignIn_WrongPasswordOrUnknownEmail_SaysTheSameThing(string email, string password)
    {
        var client = app.NewClient();
        var response = await client.PostFormAsync(
            "/account/sign-in",
            new() { ["Input.Email"] = email, ["Input.Password"] = password }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: Sign in", doc.Title);
        Assert.Equal([CareCommissioning.Web.Pages.Account.SignInModel.Failed], doc.ErrorSummary());
        Assert.Equal(email, doc.FieldValue("Input.Email"));
        Assert.Equal("", doc.FieldValue("Input.Password"));
    }

    [Fact]
    public async Task SignIn_Empty_AsksForBothAnswers()
    {
        var response = await app.NewClient()
            .PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal(["Enter your email address", "Enter your password"], doc.ErrorSummary());
    }

    [Fact]
    public async Task SignOut_CopiedCookie_StopsWorking()
    {
        var cookie = await app.SessionCookieFor(Role.Auditor);
        var holder = app.CreateClient(
            new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                HandleCookies = false,
            }
        );
        holder.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync("/")).StatusCode);
        Assert.Contains("Auditor in", await holder.GetStringAsync("/"));

        // The user signs out in their own browser session (the same cookie).
        var home = await holder.GetAsync("/");
        var page = await HtmlClient.ParseAsync(home);
        var token = page.QuerySelector("form[action='/account/sign-out'] input[name=__RequestVerificationToken]")!
            .GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-out")
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = token }
            ),
        };
        post.Headers.Add(
            "Cookie",
            string.Join("; ", home.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]))
        );
        var signOut = await holder.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        // Someone who copied the cookie before sign-out is no longer signed in.
        var after = await holder.GetStringAsync("/");
        Assert.DoesNotContain("Auditor in", after);
        Assert.Contains("/account/sign-in", after);
    }
}
