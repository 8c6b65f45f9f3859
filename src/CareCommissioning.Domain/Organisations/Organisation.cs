namespace CareCommissioning.Domain.Organisations;

/// <summary>A council, NHS body, provider or voluntary group sharing this installation.</summary>
public sealed class Organisation : IAudited, IVersioned
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public OrganisationType Type { get; set; }

    /// <summary>An external code such as an ONS or ODS code.</summary>
    public string? Code { get; set; }
    public bool Archived { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}
