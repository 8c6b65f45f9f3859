namespace CareCommissioning.Domain.Resources;

public enum FundingRecurrence
{
    OneOff = 1,
    Annual = 2,
}

/// <summary>
/// A chance of more money (OA-P5): a grant or bid with its amount a year, likelihood, conditions, match funding,
/// deadline and whether it recurs, with a viability assessment on weighted criteria. A viable opportunity may be
/// counted as potential resource at its expected value.
/// </summary>
public sealed class FundingOpportunity : IAudited, IVersioned, IOrganisationOwned
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string Funder { get; set; }

    /// <summary>The amount in each year it is paid, in cash.</summary>
    public decimal Amount { get; set; }

    /// <summary>The chance of getting it, 0 to 1.</summary>
    public decimal Likelihood { get; set; }
    public string? Conditions { get; set; }

    /// <summary>What the organisation must put in each year to receive it.</summary>
    public decimal MatchFunding { get; set; }
    public DateOnly? Deadline { get; set; }
    public FundingRecurrence Recurrence { get; set; }

    /// <summary>The first financial year it would pay, as its start year.</summary>
    public int FirstYear { get; set; }

    /// <summary>How many years it pays (1 for one-off).</summary>
    public int Years { get; set; } = 1;

    /// <summary>Scores 0 to 5 on each viability criterion, in the order of <see
    /// cref="FundingViability.Criteria"/>.</summary>
    public List<int> ViabilityScores { get; set; } = [];
    public bool CountAsPotentialResource { get; set; }
    public bool Archived { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>Expected value in a year it pays: likelihood × (amount − match funding).</summary>
    public decimal ExpectedValue => Likelihood * (Amount - MatchFunding);

    public IEnumerable<int> PaymentYears =>
        Enumerable.Range(FirstYear, Recurrence == FundingRecurrence.OneOff ? 1 : Years);
}
