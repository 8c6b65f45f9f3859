namespace CareCommissioning.Web.Infrastructure.Hosting;

/// <summary>
/// Matches any path outside <c>/api/</c>. The page catch-all uses it so API requests are never swallowed by it: a JSON
/// endpoint sent the wrong content type still answers 415, and unknown API paths get problem details from the API's own
/// pipeline.
/// </summary>
public sealed class NotApiPathConstraint : IRouteConstraint
{
    public const string Name = "notapi";

    public bool Match(
        HttpContext? httpContext,
        IRouter? route,
        string routeKey,
        RouteValueDictionary values,
        RouteDirection routeDirection
    ) =>
        values.TryGetValue(routeKey, out var value) is var found
        && !(
            found
            && value is string path
            && (
                path.Equals("api", StringComparison.OrdinalIgnoreCase)
                || path.StartsWith("api/", StringComparison.OrdinalIgnoreCase)
            )
        );
}
