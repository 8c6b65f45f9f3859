using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareCommissioning.Web.Api.Calculations;

/// <summary>
/// An amount in a Monte Carlo request: either a number (known) or a distribution object such as
/// <c>{"distribution":"triangular","min":…,"mode":…,"max":…}</c>, <c>pert</c> (min, mode, max), <c>normal</c> (mean,
/// sd) or
/// <c>uniform</c> (min, max).
/// </summary>
[JsonConverter(typeof(UncertainAmountConverter))]
public sealed record UncertainAmount(decimal? Value, DistributionDto? Distribution);

public sealed record DistributionDto
{
    public required string Distribution { get; init; }
    public double? Min { get; init; }
    public double? Mode { get; init; }
    public double? Max { get; init; }
    public double? Mean { get; init; }
    public double? Sd { get; init; }
}

/// <summary>Reads a number or a distribution object; anything else is a JSON error (a 400 for the caller).</summary>
public sealed class UncertainAmountConverter : JsonConverter<UncertainAmount>
{
    public override UncertainAmount Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => new UncertainAmount(reader.GetDecimal(), null),
            JsonTokenType.StartObject => new UncertainAmount(
                null,
                Infrastructure.Errors.NestedJsonException.Read<DistributionDto>(ref reader, options)
            ),
            _ => throw new JsonException("An amount must be a number or a distribution object."),
        };

    public override void Write(Utf8JsonWriter writer, UncertainAmount value, JsonSerializerOptions options)
    {
        if (value.Distribution is { } d)
            JsonSerializer.Serialize(writer, d, options);
        else
            writer.WriteNumberValue(value.Value ?? 0m);
    }
}
