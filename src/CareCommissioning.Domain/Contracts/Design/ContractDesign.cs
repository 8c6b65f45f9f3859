namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>
/// An organisation's design for a future contract (CD-P6, P8…P13): the recommended priority outcomes it covers, when
/// and how they will be agreed with providers, the approaches analysed to achieve them, what achieving each costs, the
/// contract objectives and how to achieve them, the recommended contract type with reasons, and the supporting
/// information on implementing it. Its contractual provisions are rows of their own (<see cref="ContractProvision"/>).
/// </summary>
public sealed class ContractDesign : IAudited, IVersioned, IOrganisationOwned
{
    public const int TitleMaxLength = 300;
    public const int LineMaxLength = 200;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }

    /// <summary>The decided options appraisal the design follows, if any.</summary>
    public Guid? AppraisalId { get; set; }

    /// <summary>The organisation's recommended priority outcomes the contract is for.</summary>
    public List<Guid> OutcomeIds { get; set; } = [];

    /// <summary>When and how the outcomes will be agreed with providers (CD-P8).</summary>
    public List<OutcomeAgreement> Agreements { get; set; } = [];

    /// <summary>The approaches analysed to achieve the outcomes (CD-P9).</summary>
    public List<DesignApproach> Approaches { get; set; } = [];

    /// <summary>What achieving each outcome costs (CD-P10).</summary>
    public List<OutcomeCost> Costs { get; set; } = [];

    /// <summary>The contract objectives by category and how to achieve each (CD-P11).</summary>
    public List<ContractObjective> Objectives { get; set; } = [];

    /// <summary>The answers the contract type advice is drawn from (CD-P12).</summary>
    public bool? VolumePredictable { get; set; }
    public bool? PersonDirects { get; set; }
    public bool? OutcomesMeasurable { get; set; }
    public ProvidersNeeded? Providers { get; set; }
    public string? CpvCode { get; set; }
    public DateOnly? PlannedStart { get; set; }

    /// <summary>The contract type recommended, and why (needed where it departs from the advice).</summary>
    public ContractType? RecommendedType { get; set; }
    public string? TypeReason { get; set; }

    /// <summary>Supporting information on how to implement the contract to achieve the outcomes (CD-P6).</summary>
    public string? Implementation { get; set; }

    public DesignStatus Status { get; private set; } = DesignStatus.Draft;
    public DateTimeOffset? ReadyAt { get; private set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>The design has what it needs (<see cref="ContractDesignRules.Missing"/> is empty, checked by the
    /// caller) and is marked ready for a contract.</summary>
    public void MarkReady(DateTimeOffset now)
    {
        Status = DesignStatus.Ready;
        ReadyAt = now;
        UpdatedAt = now;
    }

    /// <summary>A change left the ready design without something it needs, so it is a draft again.</summary>
    public void ReturnToDraft()
    {
        Status = DesignStatus.Draft;
        ReadyAt = null;
    }

    /// <summary>The whole cost of achieving the outcomes over the contract's life, unrounded.</summary>
    public decimal TotalCost => Costs.Sum(c => c.Cost);
}
