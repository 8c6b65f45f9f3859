using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Hosting;

/// <summary>
/// Says which settings a section's range checks refused, each by its full name as an operator writes it
/// (<c>Session:IdleMinutes is -5; it must be from 1 to 1440.</c>). The checks' own words name only the property ("The
/// field IdleMinutes must be between 1 and 1440"), which does not say where to change it.
/// </summary>
internal static class OutOfRangeSettings
{
    public static string Describe(OptionsValidationException e, IConfiguration config)
    {
        // Each of our settings classes names its section in a constant, as the registrations bind it.
        var section = e.OptionsType.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        var problems = section is string name
            ? e
                .OptionsType.GetProperties()
                .Select(p => (Setting: $"{name}:{p.Name}", Range: p.GetCustomAttribute<RangeAttribute>()))
                .Select(s => (s.Setting, s.Range, Value: config[s.Setting]))
                .Where(s => s is { Range: not null, Value: not null } && !s.Range.IsValid(s.Value))
                .Select(s =>
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{s.Setting} is {s.Value}; it must be from {s.Range!.Minimum} to {s.Range.Maximum}."
                    )
                )
                .ToList()
            : [];
        return problems.Count > 0 ? string.Join(" ", problems) : string.Join(" ", e.Failures);
    }
}
