using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace CareCommissioning.Web.Infrastructure.Errors;

/// <summary>
/// The request delegates written at compile time (decision 0022) answer a route or query value they cannot parse,
/// such as <c>?arrangement=Pooled</c>, with a bare 400, where the ones built at run time threw and the exception
/// handler named the parameter. This puts the parameter back: it finds which of the endpoint's parsed parameters has a
/// value that does not parse, and says so in the same words.
/// </summary>
public static class UnboundParameter
{
    public static void Explain(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (
            problem.Status != StatusCodes.Status400BadRequest
            || problem.Detail is not null
            || context.Exception is not null
        )
            return;
        var http = context.HttpContext;
        var parameters = http.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [];
        var failures = new Dictionary<string, string[]>();
        foreach (var parameter in parameters.Where(p => p.HasTryParse && !p.HasBindAsync))
        {
            var raw = http.Request.RouteValues.TryGetValue(parameter.Name, out var route)
                ? Convert.ToString(route, CultureInfo.InvariantCulture)
                : (string?)http.Request.Query[parameter.Name];
            if (string.IsNullOrEmpty(raw) || Parses(parameter.ParameterInfo.ParameterType, raw))
                continue;
            failures[parameter.Name] =
            [
                $"Failed to bind parameter \"{TypeName(parameter.ParameterInfo.ParameterType)} {parameter.Name}\" "
                    + $"from \"{raw}\".",
            ];
        }
        if (failures.Count == 0)
            return;
        problem.Title = UnreadableBody.RequestTitle;
        problem.Detail = string.Join(" ", failures.Values.SelectMany(v => v));
        problem.Extensions["errors"] = failures;
    }

    private static bool Parses(Type type, string raw)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum)
            return Enum.TryParse(target, raw, out _);
        if (target == typeof(string))
            return true;
        var withCulture = target.GetMethod(
            "TryParse",
            BindingFlags.Public | BindingFlags.Static,
            [typeof(string), typeof(IFormatProvider), target.MakeByRefType()]
        );
        if (withCulture is not null)
            return (bool)withCulture.Invoke(null, [raw, CultureInfo.InvariantCulture, null])!;
        var plain = target.GetMethod(
            "TryParse",
            BindingFlags.Public | BindingFlags.Static,
            [typeof(string), target.MakeByRefType()]
        );
        return plain is null || (bool)plain.Invoke(null, [raw, null])!;
    }

    private static string TypeName(Type type) =>
        Nullable.GetUnderlyingType(type) is { } inner ? $"Nullable<{inner.Name}>" : type.Name;
}
