using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareCommissioning.Web.Infrastructure.Hosting;

/// <summary>
/// Razor Pages builds every page's full description (handlers, bound properties, filters, model metadata) when the
/// endpoints are first mapped: for our 282 pages that was about 0.6 s of each start-up (decision 0027). Here the routes
/// alone are mapped at start-up, and a page is described the first time a request matches it, as Razor Pages does
/// for pages compiled at run time. The matched endpoint is swapped for the described one before authorisation runs,
/// so every page's policies and filters apply exactly as before.
/// </summary>
public static class PagesLoadedOnFirstUse
{
    /// <summary>Call before <c>AddRazorPages</c>: Razor Pages adds its eager provider only when this one is
    /// absent.</summary>
    public static IServiceCollection AddPagesLoadedOnFirstUse(this IServiceCollection services)
    {
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IActionDescriptorProvider, PageActionDescriptorProvider>()
        );
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, LoadMatchedPage>());
        return services;
    }

    /// <summary>The full endpoint of a page mapped by its route alone. The loader caches each page's task, so only a
    /// page's first use waits for it (the first request, or start-up's <see cref="FirstPageWarmUp"/>).</summary>
    internal static async Task<Endpoint?> DescribeAsync(
        PageLoader loader,
        PageActionDescriptor page,
        Endpoint routeOnly
    ) => (await loader.LoadAsync(page, routeOnly.Metadata)).Endpoint;

    /// <summary>Replaces each matched page's route-only endpoint with the page's full one, loading it once.</summary>
    private sealed class LoadMatchedPage(PageLoader loader) : MatcherPolicy, IEndpointSelectorPolicy
    {
        // Before every other policy, so each sees the full endpoint's metadata (Razor Pages uses the same order).
        public override int Order => int.MinValue + 100;

        public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
            endpoints.Any(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null);

        public async Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (!candidates.IsValidCandidate(i))
                    continue;
                var endpoint = candidates[i].Endpoint;
                if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
                    continue;
                candidates.ReplaceEndpoint(i, await DescribeAsync(loader, page, endpoint), candidates[i].Values);
            }
        }
    }
}
