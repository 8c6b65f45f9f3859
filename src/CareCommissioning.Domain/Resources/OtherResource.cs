namespace CareCommissioning.Domain.Resources;

public enum OtherResourceKind
{
    Staff = 1,
    Building = 2,
    Time = 3,
    Equipment = 4,
    Other = 5,
}

/// <summary>What a resource is committed to: a priority (an appraisal, if any) and how much of it.</summary>
public sealed class ResourceUse
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Purpose { get; set; } = "";
    public Guid? AppraisalId { get; set; }
    public decimal Quantity { get; set; }
}

/// <summary>
/// A resource other than money (OA-P3, P10, P11): staff time, buildings, equipment, in its unit for one financial year,
/// with what it is already committed to, so the impact of using it for one priority on the others is plain.
/// </summary>
public sealed class OtherResource : IAudited, IVersioned, IOrganisationOwned
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public OtherResourceKind Kind { get; set; }
    public required string Unit { get; set; }
    public int Year { get; set; }
    public decimal Available { get; set; }
    public string? Notes { get; set; }
    public List<ResourceUse> Uses { get; set; } = [];
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
    public decimal Committed => Uses.Sum(u => u.Quantity);
    public decimal Remaining => Available - Committed;

    public static IReadOnlyList<FieldError> Validate(OtherResource r)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(r.Name),
            r.Name,
            NameMaxLength,
            "Enter the name of the resource",
            "Name must be 200 characters or fewer"
        );
        errors.When(!Enum.IsDefined(r.Kind), nameof(r.Kind), "Select the kind of resource");
        errors.Text(
            nameof(r.Unit),
            r.Unit,
            50,
            "Enter the unit, for example FTE or rooms",
            "Unit must be 50 characters or fewer"
        );
        errors.When(r.Year is < 2000 or > 2100, nameof(r.Year), "Enter the financial year, like 2027/28");
        if (r.Available < 0)
            errors.Add(nameof(r.Available), "The amount available must be 0 or more");
        else if (r.Available > 1_000_000_000m)
            errors.Add(nameof(r.Available), "The amount available must be 1,000,000,000 or less");
        errors.MaxLength(nameof(r.Notes), r.Notes, 2000, "Notes must be 2,000 characters or fewer");
        return errors;
    }

    /// <summary>The impact of committing <paramref name="quantity"/> more: what remains for everything else, and
    /// whether it is too much.</summary>
    public (decimal RemainingAfter, bool OverCommitted) ImpactOf(decimal quantity) =>
        (Remaining - quantity, Remaining - quantity < 0);
}
