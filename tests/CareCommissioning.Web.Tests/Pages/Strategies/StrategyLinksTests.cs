using CareCommissioning.Web.Pages.Strategies;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Pages.Strategies;

/// <summary>The library's typed links give the addresses its pages declare.</summary>
public sealed class StrategyLinksTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Guid Id = Guid.Parse("0b7e2f5c-3d1a-4c55-9a0e-6f1d2c3b4a59");

    [Fact]
    public void Links_GiveTheAddressesOfTheLibrarysPages()
    {
        var links = app.Services.GetRequiredService<LinkGenerator>();
        (string Actual, string Expected)[] addresses =
        [
            (links.Strategies(), "/strategies"),
            (links.AddStrategy(), "/strategies/add"),
            (links.Strategy(Id), $"/strategies/{Id}"),
            (links.EditStrategy(Id), $"/strategies/{Id}/edit"),
            (links.RenewStrategy(Id), $"/strategies/{Id}/renew"),
            (links.StrategyHistory(Id), $"/strategies/{Id}/history"),
            (links.StrategiesDue(), "/strategies/due"),
        ];
        foreach (var (actual, expected) in addresses)
            Assert.Equal(expected, actual);
    }
}
