namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// A quarterly or year-end return of a pooled budget (PB-P15), in the shape of the Better Care Fund return councils
/// send: whether the section 75 agreement is in place, the national conditions met, income to and expenditure from the
/// pool, the metrics against plan (built from the records when shown), a written narrative and the health and
/// wellbeing board's sign-off. A submitted return closes its period: nothing more is recorded for it.
/// </summary>
public sealed class PoolReturn : IAudited, IVersioned
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PartnershipId { get; set; }

    /// <summary>The financial year, by the year it starts.</summary>
    public int Year { get; set; }

    /// <summary>1 to 4 for a quarter of the financial year; 0 for the year-end return.</summary>
    public int Quarter { get; set; }
    public DateOnly DueOn { get; set; }
    public bool? AgreementInPlace { get; set; }
    public bool? PlansJointlyAgreed { get; set; }
    public bool? ImplementingObjectives { get; set; }
    public bool? GrantConditionsMet { get; set; }
    public bool? OversightComplied { get; set; }
    public string? Narrative { get; set; }
    public DateOnly? BoardSignedOffOn { get; set; }
    public string? BoardSignedOffBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();

    public bool Submitted => SubmittedAt is not null;

    public DateOnly PeriodStart =>
        Quarter == 0 ? new FinancialYear(Year).Start : new FinancialYear(Year).Start.AddMonths(3 * (Quarter - 1));

    public DateOnly PeriodEnd => Quarter == 0 ? new FinancialYear(Year).End : PeriodStart.AddMonths(3).AddDays(-1);

    public string PeriodName =>
        Quarter == 0 ? $"Year-end {new FinancialYear(Year)}" : $"Quarter {Quarter} of {new FinancialYear(Year)}";

    public bool IsOverdue(DateOnly today) => !Submitted && DueOn < today;
}

/// <summary>What a return must say before it is submitted, and when one may be opened.</summary>
public static class PoolReturnRules
{
    /// <summary>The return is due this many days after its period ends (the Better Care Fund's usual
    /// timetable).</summary>
    public const int DaysToReturn = 30;

    public static DateOnly DueFor(int year, int quarter) =>
        (
            quarter == 0
                ? new FinancialYear(year).End
                : new FinancialYear(year).Start.AddMonths(3 * quarter).AddDays(-1)
        ).AddDays(DaysToReturn);

    /// <summary>The national conditions of the Better Care Fund policy framework 2025 to 2026 (METHODS §6.3), in
    /// order.</summary>
    public static readonly IReadOnlyList<string> NationalConditions =
    [
        "plans jointly agreed",
        "implementing the Better Care Fund's objectives",
        "grant and funding conditions met, including the NHS minimum contribution to adult social care",
        "complying with oversight and support processes",
    ];

    /// <summary>The quarters a pool reports on through the year; the fourth is reported by the year-end
    /// return.</summary>
    private static readonly int[] ReportedQuarters = [1, 2, 3, 0];

    /// <summary>
    /// The returns a pool running from <paramref name="start"/> to <paramref name="end"/> owes whose due dates fall
    /// from <paramref name="from"/> to <paramref name="to"/>, soonest first, as unsaved returns: one for each of the
    /// first three quarters and one for the year, for every period that overlaps the pool's dates.
    /// </summary>
    public static IReadOnlyList<PoolReturn> Expected(
        Guid partnershipId,
        DateOnly start,
        DateOnly? end,
        DateOnly from,
        DateOnly to
    )
    {
        var owed = new List<PoolReturn>();
        var first = FinancialYear.Containing(from.AddDays(-DaysToReturn)).StartYear - 1;
        for (var year = first; year <= FinancialYear.Containing(to).StartYear; year++)
            foreach (var quarter in ReportedQuarters)
            {
                var r = new PoolReturn
                {
                    PartnershipId = partnershipId,
                    Year = year,
                    Quarter = quarter,
                    DueOn = DueFor(year, quarter),
                };
                if (r.DueOn >= from && r.DueOn <= to && r.PeriodEnd >= start && (end is null || r.PeriodStart <= end))
                    owed.Add(r);
            }
        return owed.OrderBy(r => r.DueOn).ThenBy(r => r.Quarter == 0).ToList();
    }

    public static FieldError? RefuseOpening(int year, int quarter, IEnumerable<PoolReturn> existing)
    {
        if (quarter is < 0 or > 4)
            return new("Quarter", "Select the quarter, or the year-end return");
        if (year is < 2000 or > 2100)
            return new("Year", "Select the financial year");
        return existing.Any(r => r.Year == year && r.Quarter == quarter)
            ? new("Quarter", "There is already a return for that period")
            : null;
    }

    /// <summary>What is missing before the return can be submitted; a year-end return needs the board's
    /// sign-off.</summary>
    public static IReadOnlyList<FieldError> ReadyToSubmit(PoolReturn r)
    {
        var errors = new FieldErrors();
        errors.When(r.Submitted, "", "This return has been submitted: its period is closed");
        errors.When(
            r.AgreementInPlace is null,
            nameof(r.AgreementInPlace),
            "Say whether the section 75 agreement is in place"
        );
        var conditions = new[]
        {
            (nameof(r.PlansJointlyAgreed), r.PlansJointlyAgreed),
            (nameof(r.ImplementingObjectives), r.ImplementingObjectives),
            (nameof(r.GrantConditionsMet), r.GrantConditionsMet),
            (nameof(r.OversightComplied), r.OversightComplied),
        };
        for (var i = 0; i < conditions.Length; i++)
            errors.When(
                conditions[i].Item2 is null,
                conditions[i].Item1,
                $"Say whether national condition {i + 1} is met: {NationalConditions[i]}"
            );
        errors.Required(nameof(r.Narrative), r.Narrative, "Write the narrative: what happened in the period and why");
        if (r.Quarter == 0)
            errors.When(
                r.BoardSignedOffOn is null || string.IsNullOrWhiteSpace(r.BoardSignedOffBy),
                nameof(r.BoardSignedOffOn),
                "A year-end return needs the health and wellbeing board's sign-off: enter who signed it off and when"
            );
        return errors;
    }
}
