namespace CareCommissioning.Domain.Appraisals;

/// <summary>An options appraisal for a commissioning priority (OA-P6…P17): its setting, status and content.</summary>
public sealed class Appraisal : IAudited, IVersioned, IOrganisationOwned
{
    public const int TitleMaxLength = 200;
    public const int MaxHorizon = 30;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }

    /// <summary>The service line whose demand the appraisal addresses, if any.</summary>
    public Guid? ServiceLineId { get; set; }

    /// <summary>The first financial year of the appraisal (year 0), as its start year.</summary>
    public int BaseYear { get; set; }

    /// <summary>The last year counted, in years after the base year.</summary>
    public int HorizonYears { get; set; }

    /// <summary>The discount schedule by name ("standard" or "health").</summary>
    public string Schedule { get; set; } = "standard";
    public AppraisalStatus Status { get; set; } = AppraisalStatus.Draft;
    public AppraisalContent Content { get; set; } = AppraisalContent.Start();
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
    public FinancialYear BaseFinancialYear => new(BaseYear);

    public FinancialYear YearLabel(int year) => new(BaseYear + year);

    /// <summary>Content can change only before it goes for decision; after that it is the record of what was
    /// decided.</summary>
    public bool Editable =>
        Status is AppraisalStatus.Draft or AppraisalStatus.EngagementOpen or AppraisalStatus.EngagementClosed;
}
