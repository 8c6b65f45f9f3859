using System.Net;
using System.Reflection;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Pages;

/// <summary>Start-up maps each page's route only and describes a page when a request first matches it (decision 0027);
/// a page described that way still has its own policy.</summary>
public sealed class PagesOnFirstUseTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task PagesAreMappedAsRoutesOnly_AndServeInFullWhenRequested()
    {
        var anonymous = app.NewClient();
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var pages = source
            .Endpoints.Select(e => e.Metadata.GetMetadata<PageActionDescriptor>())
            .OfType<PageActionDescriptor>()
            .ToList();

        // Every page is mapped, none of them described in full: the eager provider that described all of them at
        // start-up is not registered.
        var compiledPages = typeof(Program).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(Page)));
        Assert.Equal(compiledPages, pages.Count);
        Assert.DoesNotContain(pages, p => p is CompiledPageActionDescriptor);

        // Described on first use: an anonymous page answers, and a page behind a policy sends a stranger to sign in.
        var help = await anonymous.GetAsync("/help/accessibility");
        Assert.Equal(HttpStatusCode.OK, help.StatusCode);
        Assert.Contains("Accessibility statement for Care Commissioning", await help.Content.ReadAsStringAsync());
        var stakeholders = await anonymous.GetAsync("/stakeholders");
        Assert.Equal(HttpStatusCode.Redirect, stakeholders.StatusCode);
        Assert.Contains("/account/sign-in", stakeholders.Headers.Location?.ToString() ?? "");

        // The policy is on the page model, so only the full description carries it: the route-only endpoint does
        // not, which is why the matched endpoint is swapped before authorisation. The loader keeps what it made.
        var loader = app.Services.GetRequiredService<PageLoader>();
        var routeOnly = source.Endpoints.Single(e =>
            e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == "/Stakeholders/Index"
        );
        var page = routeOnly.Metadata.GetMetadata<PageActionDescriptor>()!;
        var full = await loader.LoadAsync(page, routeOnly.Metadata);
        Assert.Same(full, await loader.LoadAsync(page, routeOnly.Metadata));
        Assert.DoesNotContain(routeOnly.Metadata.OfType<IAuthorizeData>(), a => a.Policy == Policies.StakeholdersRead);
        Assert.Contains(full.Endpoint!.Metadata.OfType<IAuthorizeData>(), a => a.Policy == Policies.StakeholdersRead);
    }

    [Fact]
    public void TheAppHasNoControllers_SoNotLookingForThemLosesNothing()
    {
        // Controller discovery is switched off to save start-up time; a controller added later would not be found,
        // so this fails first. MVC's own rule decides what a controller is.
        var rule = new ControllerRule();
        var controllers = typeof(Program).Assembly.GetTypes().Where(t => rule.Is(t)).Select(t => t.FullName);
        Assert.Empty(controllers);
        Assert.True(rule.Is(typeof(SampleController)), "The rule should recognise a controller.");
        var parts = app.Services.GetRequiredService<ApplicationPartManager>();
        Assert.DoesNotContain(parts.FeatureProviders, f => f is ControllerFeatureProvider);
    }

    private sealed class ControllerRule : ControllerFeatureProvider
    {
        public bool Is(Type type) => IsController(type.GetTypeInfo());
    }
}

/// <summary>What MVC would take for a controller (a public top-level class), for the rule's own check above.</summary>
public sealed class SampleController : ControllerBase;
