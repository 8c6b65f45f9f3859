namespace CareCommissioning.Domain.Resources;

/// <summary>A budget head, funded from one source, with an amount for each financial year (OA-P3).</summary>
public sealed class BudgetHead : IAudited, IVersioned, IOrganisationOwned
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }

    /// <summary>The finance system's code for the head, if any.</summary>
    public string? Code { get; set; }
    public FundingSource Source { get; set; }
    public string? Description { get; set; }
    public bool Archived { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public static IReadOnlyList<FieldError> Validate(BudgetHead h)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(h.Name),
            h.Name,
            NameMaxLength,
            "Enter the name of the budget head",
            "Name must be 200 characters or fewer"
        );
        errors.MaxLength(nameof(h.Code), h.Code, 50, "Code must be 50 characters or fewer");
        errors.MaxLength(nameof(h.Description), h.Description, 2000, "Description must be 2,000 characters or fewer");
        errors.When(!Enum.IsDefined(h.Source), nameof(h.Source), "Select the funding source");
        return errors;
    }
}
