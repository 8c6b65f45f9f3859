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
        foreach (
            var (field, value) in new[]
            {
                (nameof(r.PlansJointlyAgreed), r.PlansJointlyAgreed),
                (nameof(r.ImplementingObjectives), r.ImplementingObjectives),
                (nameof(r.GrantConditionsMet), r.GrantConditionsMet),
                (nameof(r.OversightComplied), r.OversightComplied),
            }
        )
            errors.When(value is null, field, "Say whether each national condition is met");
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
