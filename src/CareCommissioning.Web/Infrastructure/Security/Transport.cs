using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace CareCommissioning.Web.Infrastructure.Security;

/// <summary>
/// How requests reach the app: only for the public address's host name, through proxies named in configuration, and
/// over HTTPS when the public address is HTTPS (see docs/operations.md, "Transport").
/// </summary>
public static class Transport
{
    public const string ProxiesSection = "ForwardedHeaders";

    public static void AddTransport(IServiceCollection services, IConfiguration config, PublicAddress address)
    {
        // AllowedHosts "*" (the default) would answer any Host header; with a public address, only its host is served.
        services.PostConfigure<HostFilteringOptions>(o =>
        {
            if (address.Configured is { } root && (o.AllowedHosts.Count == 0 || o.AllowedHosts.Contains("*")))
                o.AllowedHosts = [root.IdnHost];
        });
        var proxies = config.GetSection(ProxiesSection);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies named here are believed; the framework's default trusts loopback.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.GetSection("KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in proxies.GetSection("KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }

    /// <summary>Whether any proxy is named, so forwarded headers are read at all.</summary>
    public static bool BehindProxies(IConfiguration config) =>
        config.GetSection(ProxiesSection).GetChildren().Any(c => c.GetChildren().Any());

    /// <summary>Over HTTPS a cookie is <c>__Host-</c> prefixed: the browser then keeps it only if it is Secure, for
    /// the whole site and for this host alone.</summary>
    public static string CookieName(string name, PublicAddress address) => address.HttpsOnly ? "__Host-" + name : name;

    public static CookieSecurePolicy CookieSecurity(PublicAddress address) =>
        address.HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
}
