namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>
/// A contractual provision of a contract design (CD-P13), held as data so it can be assessed and written into the
/// contract document: its kind, title and wording; the priority outcome it serves, if any; what an incentive or
/// deduction is worth (an amount or a percentage of the payment); and a milestone's date.
/// </summary>
public sealed class ContractProvision : IAudited, IVersioned, IOrganisationOwned
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const decimal MaxAmount = 10_000_000_000m;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid DesignId { get; set; }
    public ProvisionKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public Guid? OutcomeId { get; set; }
    public decimal? Amount { get; set; }
    public decimal? Percentage { get; set; }
    public DateOnly? Date { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
}
