using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Admin;

/// <summary>
/// Adding an organisation is for platform administrators: an organisation's administrator cannot make a new
/// organisation and so become its administrator (decision 0018).
/// </summary>
public sealed class PlatformAdministratorTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Add_AdministratorOfAnOrganisation_IsRefusedAndSeesNoButton()
    {
        var admin = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Administrator).SaveAsync());
        var name = "Self-made organisation " + TestData.Mark();

        var page = await admin.GetAsync("/admin/organisations/add");
        Assert.True(IsRefused(page), $"GET gave {(int)page.StatusCode} {page.Headers.Location}");
        // The form's token comes from another page of theirs, so the refusal is the policy's, not antiforgery's.
        var post = await admin.PostFormAsync(
            "/admin/organisations",
            new() { ["Input.Name"] = name, ["Input.Type"] = "Other" },
            action: "/admin/organisations/add"
        );
        Assert.True(IsRefused(post), $"POST gave {(int)post.StatusCode} {post.Headers.Location}");
        var list = await admin.GetDocumentAsync("/admin/organisations");
        Assert.Null(list.QuerySelector("a[href='/admin/organisations/add']"));

        await using var scope = app.Scope(out var db);
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == name));
    }

    [Fact]
    public async Task Add_PlatformAdministrator_SeesTheButton()
    {
        var admin = await app.SignedInAs(Role.Administrator); // admin@demo.test, a platform administrator
        var list = await admin.GetDocumentAsync("/admin/organisations");
        Assert.NotNull(list.QuerySelector("a[href='/admin/organisations/add']"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/organisations/add")).StatusCode);
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || response.Headers.Location?.ToString().Contains("/account/access-denied") == true;
}
