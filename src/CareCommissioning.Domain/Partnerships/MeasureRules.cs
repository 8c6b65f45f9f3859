namespace CareCommissioning.Domain.Partnerships;

/// <summary>What makes a measure and its values acceptable, in GOV.UK words; shared by the pages and the API.</summary>
public static class MeasureRules
{
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    /// <param name="partners">The partner rows of the measure's partnership: a provider must be one of them.</param>
    public static IReadOnlyList<FieldError> Validate(MeasureDetails d, IReadOnlyCollection<Guid> partners)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(d.Name),
            d.Name,
            PartnershipMeasure.NameMaxLength,
            "Enter the name of the measure",
            $"Name must be {PartnershipMeasure.NameMaxLength} characters or fewer"
        );
        foreach (
            var (field, value, label) in new[]
            {
                (nameof(d.Definition), d.Definition, "Definition"),
                (nameof(d.Source), d.Source, "Source"),
            }
        )
            errors.MaxLength(
                field,
                value,
                PartnershipMeasure.TextMaxLength,
                $"{label} must be {PartnershipMeasure.TextMaxLength:N0} characters or fewer"
            );
        errors.MaxLength(
            nameof(d.Unit),
            d.Unit,
            PartnershipMeasure.UnitMaxLength,
            $"Unit must be {PartnershipMeasure.UnitMaxLength} characters or fewer"
        );
        errors.When(
            d.Frequency is not { } f || !Enum.IsDefined(f),
            nameof(d.Frequency),
            "Select how often the measure is reported"
        );
        errors.When(d.HigherIsBetter is null, nameof(d.HigherIsBetter), "Select whether a higher value is better");
        errors.Range(nameof(d.Baseline), d.Baseline, -MaxMagnitude, MaxMagnitude, "Baseline is too large");
        errors.Range(nameof(d.Target), d.Target, -MaxMagnitude, MaxMagnitude, "Target is too large");
        errors.When(
            d.ProviderPartnerId is { } p && !partners.Contains(p),
            nameof(d.ProviderPartnerId),
            "Select a partner of this partnership to provide the values"
        );
        return errors;
    }

    /// <summary>Why a value cannot be recorded for <paramref name="period"/>, or null when it can: the period must be
    /// one of the measure's (see <see cref="MeasurePeriods"/>) and not in the future.</summary>
    public static FieldError? RefuseValue(PartnershipMeasure m, DateOnly period, decimal value, DateOnly today)
    {
        if (!MeasurePeriods.IsStart(m.Frequency, period))
            return new("Period", "Select a period the measure is reported for");
        if (period > today)
            return new("Period", "The period must have started: you cannot record a value for the future");
        if (Math.Abs(value) > MaxMagnitude)
            return new("Value", "Value is too large");
        return null;
    }

    /// <summary>
    /// The Better Care Fund's three national metrics (METHODS §6.3), as a pool records them; the exact national
    /// definitions are not confirmed, so each says where it comes from and the partners can refine it.
    /// </summary>
    public static IReadOnlyList<MeasureDetails> BetterCareFundMetrics { get; } =
    [
        new(
            "Emergency admissions, people aged 65 and over",
            "Emergency hospital admissions of people aged 65 and over, per 100,000 people of that age in the area.",
            "Secondary Uses Service (SUS) admitted patient care, with ONS mid-year population estimates",
            MeasureFrequency.Quarterly,
            "per 100,000 people aged 65 and over",
            null,
            null,
            false,
            null
        ),
        new(
            "Discharge delays",
            "The average number of days people stay in hospital after the day they are ready to be discharged.",
            "NHS England discharge-ready date data set",
            MeasureFrequency.Monthly,
            "days",
            null,
            null,
            false,
            null
        ),
        new(
            "Long-term admissions to care homes, people aged 65 and over",
            "Long-term support needs of people aged 65 and over met by admission to residential and nursing care homes, per 100,000 people of that age.",
            "Client Level Data (CLD) returns, with ONS mid-year population estimates",
            MeasureFrequency.Quarterly,
            "per 100,000 people aged 65 and over",
            null,
            null,
            false,
            null
        ),
    ];
}
