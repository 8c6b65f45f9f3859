using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages;

/// <summary>
/// The home page's "What you can do" offers every section the service navigation offers the same user, each with
/// what it is for, whatever their role: a provider is offered "Have your say" and their contracts, not only their
/// account. The service's name is shown once, in the header.
/// </summary>
public sealed class HomePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<Role> Roles => new(Enum.GetValues<Role>());

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task WhatYouCanDo_OffersEverySectionOfTheNavigation(Role role)
    {
        var home = await (await app.SignedInAs(role)).GetDocumentAsync("/");

        var navigation = home.QuerySelectorAll(".govuk-service-navigation__link")
            .Select(a => a.GetAttribute("href"))
            .Where(href => href != "/")
            .ToList();
        var offered = home.QuerySelectorAll("main ul.govuk-list:not(.govuk-list--bullet) li")
            .Select(li => (Href: li.QuerySelector("a")!.GetAttribute("href"), li.TextContent))
            .ToList();
        Assert.NotEmpty(navigation);
        Assert.Equal(navigation, offered.Select(o => o.Href).Where(h => h != "/strategies/due"));
        Assert.All(offered, o => Assert.Matches(@"^.+ – \w.+", o.TextContent.Trim()));
    }

    [Fact]
    public async Task Provider_IsOfferedHaveYourSayAndContracts()
    {
        var home = await (await app.SignedInAs(Role.Provider)).GetDocumentAsync("/");

        var offered = home.QuerySelectorAll("main ul.govuk-list:not(.govuk-list--bullet) a")
            .Select(a => a.TextContent)
            .ToList();
        Assert.Contains("Have your say", offered);
        Assert.Contains("Contracts", offered);
        Assert.Contains("Your account", offered);
    }

    [Fact]
    public async Task ServiceName_IsShownOnce_InTheHeader()
    {
        var home = await (await app.SignedInAs(Role.Commissioner)).GetDocumentAsync("/");

        Assert.Equal("Care Commissioning", home.QuerySelector(".govuk-generic-header__homepage-link")!.TextContent);
        Assert.Null(home.QuerySelector(".govuk-service-navigation__service-name"));
        Assert.Single(home.QuerySelectorAll("header a"), a => a.TextContent.Trim() == "Care Commissioning");
    }
}
