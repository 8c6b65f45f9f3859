namespace CareCommissioning.Domain.Contracts;

/// <summary>
/// A contract on the commissioning organisation's register (<see cref="OrganisationId"/>), with a supplier from its
/// supplier register. When the supplier is also an organisation in the product (<see
/// cref="ProviderOrganisationId"/>), that organisation's users with the Provider role see the contract, read only;
/// nobody else outside the commissioning organisation does.
/// </summary>
public sealed class Contract : IAudited, IVersioned, IOrganisationOwned
{
    public const int ReferenceMaxLength = 50;
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int MaxExtensionMonths = 120;

    /// <summary>A whole-life value above this is taken for a typing mistake: £10 billion.</summary>
    public const decimal MaxValue = 10_000_000_000m;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The commissioning organisation whose contract this is.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's own reference, unique within it, such as "ASC-2026-014".</summary>
    public required string Reference { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>The supplier on the organisation's register.</summary>
    public Guid SupplierId { get; set; }

    /// <summary>The provider organisation in the product whose Provider users see this contract, if any.</summary>
    public Guid? ProviderOrganisationId { get; set; }
    public ContractType Type { get; set; }
    public ContractStatus Status { get; set; } = ContractStatus.Draft;

    /// <summary>The main CPV code, in its canonical form NNNNNNNN-C.</summary>
    public required string CpvCode { get; set; }
    public AwardRoute AwardRoute { get; set; }

    /// <summary>The whole-life value in pounds, including VAT, as the thresholds are (METHODS §4.1).</summary>
    public decimal Value { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    /// <summary>The months the contract may still be extended by.</summary>
    public int ExtensionMonthsAvailable { get; set; }
    public DateOnly? BreakDate { get; set; }
    public DateOnly? ReviewDate { get; set; }

    /// <summary>The decided options appraisal the contract came from, if any.</summary>
    public Guid? AppraisalId { get; set; }

    /// <summary>The contract design it was created from, if any: its outcomes and provisions are the
    /// contract's.</summary>
    public Guid? DesignId { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>The date the contract would end if every extension available were taken.</summary>
    public DateOnly LatestEndDate => EndDate.AddMonths(ExtensionMonthsAvailable);
}
