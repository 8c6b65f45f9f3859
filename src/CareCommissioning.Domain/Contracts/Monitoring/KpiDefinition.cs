namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>
/// A key performance indicator of a contract (METHODS §5.1: for example missed calls, calls on time, hours delivered)
/// and how its values are rated (see <see cref="KpiRating"/>).
/// </summary>
/// <param name="Target">The level to reach: at least this when higher is better, at most this when lower is
/// better.</param>
/// <param name="AmberTolerance">How far short of the target, in the KPI's unit, still counts as approaching it (0 or
/// more; a percentage's tolerance is in percentage points).</param>
/// <param name="RedThreshold">The level, in the unit, beyond which performance is inadequate; none when the contract
/// sets no such level. It lies at or beyond the edge of the tolerance, so the four ratings keep their order.</param>
public sealed record KpiDefinition(
    string Name,
    KpiUnit Unit,
    decimal Target,
    KpiDirection Direction,
    decimal AmberTolerance = 0m,
    decimal? RedThreshold = null
)
{
    public const int NameMaxLength = 200;

    /// <summary>The furthest a value can be from the target and still be approaching it.</summary>
    public decimal AmberEdge =>
        Direction == KpiDirection.HigherIsBetter ? Target - AmberTolerance : Target + AmberTolerance;

    /// <summary>How far <paramref name="value"/> falls short of the target: positive when worse, zero or negative when
    /// the target is met.</summary>
    public decimal Shortfall(decimal value) =>
        Direction == KpiDirection.HigherIsBetter ? Target - value : value - Target;
}

/// <summary>What makes a KPI definition acceptable, in GOV.UK words; shared by the pages and the API.</summary>
public static class KpiDefinitionRules
{
    public static IReadOnlyList<FieldError> Validate(KpiDefinition d)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(d.Name),
            d.Name,
            KpiDefinition.NameMaxLength,
            "Enter the name of the KPI",
            $"Name must be {KpiDefinition.NameMaxLength} characters or fewer"
        );
        if (errors.When(!Enum.IsDefined(d.Unit), nameof(d.Unit), "Select what the KPI measures"))
            return errors;
        errors.When(!Enum.IsDefined(d.Direction), nameof(d.Direction), "Select whether a higher value is better");
        var targetBad = Add(errors, KpiValues.Refuse(d.Unit, d.Target, nameof(d.Target)));
        if (d.Unit == KpiUnit.YesNo)
        {
            // A yes/no KPI is met or not: nothing is nearly met, and a miss is rated "requires improvement".
            errors.When(
                d.AmberTolerance != 0,
                nameof(d.AmberTolerance),
                "A yes or no KPI has no tolerance: it is met or not"
            );
            errors.When(
                d.RedThreshold is not null,
                nameof(d.RedThreshold),
                "A yes or no KPI has no inadequate threshold: it is met or not"
            );
            return errors;
        }
        // The tolerance is a distance in the unit, so it obeys the unit's rules: whole counts, pence, 0 to 100 points.
        var toleranceBad = Add(errors, KpiValues.Refuse(d.Unit, d.AmberTolerance, nameof(d.AmberTolerance)));
        if (d.RedThreshold is not { } red || Add(errors, KpiValues.Refuse(d.Unit, red, nameof(d.RedThreshold))))
            return errors;
        if (targetBad || toleranceBad || !Enum.IsDefined(d.Direction))
            return errors;
        var edge = KpiValues.Format(d.Unit, d.AmberEdge);
        if (d.Direction == KpiDirection.HigherIsBetter)
            errors.When(
                red > d.AmberEdge,
                nameof(d.RedThreshold),
                $"The inadequate threshold must be below the target by at least the tolerance: {edge} or lower"
            );
        else
            errors.When(
                red < d.AmberEdge,
                nameof(d.RedThreshold),
                $"The inadequate threshold must be above the target by at least the tolerance: {edge} or higher"
            );
        return errors;
    }

    private static bool Add(FieldErrors errors, FieldError? error)
    {
        if (error is not null)
            errors.Add(error);
        return error is not null;
    }
}
