namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>A measure as sent to create or change it; <see cref="Version"/> is needed to change one.</summary>
public sealed record MeasureRequest
{
    public required string Name { get; init; }
    public string? Definition { get; init; }
    public string? Source { get; init; }
    public required MeasureFrequency Frequency { get; init; }
    public string? Unit { get; init; }
    public decimal? Baseline { get; init; }
    public decimal? Target { get; init; }
    public required bool HigherIsBetter { get; init; }

    /// <summary>The partner row (see the partnership's <c>partners</c>) that provides the values; none for any
    /// partner.</summary>
    public Guid? ProviderPartnerId { get; init; }
    public int? Version { get; init; }

    public MeasureDetails ToDetails() =>
        new(
            Name?.Trim(),
            Definition?.Trim(),
            Source?.Trim(),
            Frequency,
            Unit?.Trim(),
            Baseline,
            Target,
            HigherIsBetter,
            ProviderPartnerId
        );
}

/// <summary>A value for one period (the first day of the month, quarter or financial year); <see cref="Version"/> is
/// that of the value it replaces, 0 or none for a new one.</summary>
public sealed record MeasureValueRequest(decimal Value, string? Note, int? Version);

public sealed record MeasureValueResponse(
    DateOnly Period,
    string PeriodName,
    decimal Value,
    string ProvidedBy,
    string? Note,
    DateTimeOffset RecordedAt,
    int Version
)
{
    public static MeasureValueResponse From(PartnershipMeasure m, MeasureValue v) =>
        new(
            v.Period,
            MeasurePeriods.Name(m.Frequency, v.Period),
            v.Value,
            v.ProvidedBy,
            v.Note,
            v.RecordedAt,
            v.Version
        );
}

public sealed record MeasureResponse(
    Guid Id,
    Guid PartnershipId,
    string Name,
    string? Definition,
    string? Source,
    MeasureFrequency Frequency,
    string? Unit,
    decimal? Baseline,
    decimal? Target,
    bool HigherIsBetter,
    Guid? ProviderPartnerId,
    MeasureStatus Progress,
    IReadOnlyList<MeasureValueResponse> Values,
    int Version
)
{
    public static MeasureResponse From(PartnershipMeasure m, IEnumerable<MeasureValue> values)
    {
        var list = values.Select(v => MeasureValueResponse.From(m, v)).ToList();
        return new(
            m.Id,
            m.PartnershipId,
            m.Name,
            m.Definition,
            m.Source,
            m.Frequency,
            m.Unit,
            m.Baseline,
            m.Target,
            m.HigherIsBetter,
            m.ProviderPartnerId,
            MeasureProgress.Of(m, list.LastOrDefault()?.Value),
            list,
            m.Version
        );
    }
}
