namespace CareCommissioning.Domain.Partnerships;

/// <summary>Everything a person sets on a measure, as entered; the provider is a partner row of the same
/// partnership.</summary>
public sealed record MeasureDetails(
    string? Name,
    string? Definition,
    string? Source,
    MeasureFrequency? Frequency,
    string? Unit,
    decimal? Baseline,
    decimal? Target,
    bool? HigherIsBetter,
    Guid? ProviderPartnerId
)
{
    public static MeasureDetails From(PartnershipMeasure m) =>
        new(
            m.Name,
            m.Definition,
            m.Source,
            m.Frequency,
            m.Unit,
            m.Baseline,
            m.Target,
            m.HigherIsBetter,
            m.ProviderPartnerId
        );

    /// <summary>Copies valid details onto the measure (call <see cref="MeasureRules.Validate"/> first).</summary>
    public void ApplyTo(PartnershipMeasure m)
    {
        m.Name = Name!;
        m.Definition = Definition;
        m.Source = Source;
        m.Frequency = Frequency!.Value;
        m.Unit = Unit;
        m.Baseline = Baseline;
        m.Target = Target;
        m.HigherIsBetter = HigherIsBetter!.Value;
        m.ProviderPartnerId = ProviderPartnerId;
    }
}
