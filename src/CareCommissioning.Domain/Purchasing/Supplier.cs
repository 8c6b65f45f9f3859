namespace CareCommissioning.Domain.Purchasing;

/// <summary>Size by the Companies Act / UK government definitions: micro, small and medium together are SMEs.</summary>
public enum SupplierSize
{
    Micro = 1,
    Small = 2,
    Medium = 3,
    Large = 4,
}

public enum SupplierStatus
{
    Active = 1,

    /// <summary>Not to be used for now, e.g. while a concern is looked into; its quotes are refused.</summary>
    Suspended = 2,

    /// <summary>Stopped trading or removed from the register; its quotes are refused.</summary>
    Ceased = 3,
}

/// <summary>
/// A supplier on an organisation's register (PU-P5; reused by contracts and tendering). The categories it supplies, its
/// preferred-supplier approvals and its quality credentials are separate small entities (<see
/// cref="SupplierCategory"/>,
/// <see cref="PreferredSupplierApproval"/>, <see cref="QualityCredential"/>) with their own Id and SupplierId, so each
/// maps to a table that can be searched ("preferred suppliers for 85311200-4") and audited on its own.
/// </summary>
public sealed class Supplier : IAudited, IVersioned, IOrganisationOwned
{
    public const int NameMaxLength = 200;
    public const int LineMaxLength = 100;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The organisation whose register this is.</summary>
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }

    /// <summary>Companies House number, 8 characters, e.g. 01234567 or SC123456.</summary>
    public string? CompanyNumber { get; set; }

    /// <summary>Charity Commission, OSCR or Charity Commission for Northern Ireland number.</summary>
    public string? CharityNumber { get; set; }
    public required string AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public required string Postcode { get; set; }
    public SupplierSize Size { get; set; }

    /// <summary>A voluntary, community or social enterprise.</summary>
    public bool IsVcse { get; set; }
    public SupplierStatus Status { get; set; } = SupplierStatus.Active;
    public string? StatusReason { get; set; }

    /// <summary>Sustainability credentials in the supplier's words: carbon reduction plan, environmental certification,
    /// living wage…</summary>
    public string? SustainabilityCredentials { get; set; }
    public string? ContactEmail { get; set; }
    public List<SupplierCategory> Categories { get; set; } = [];
    public List<PreferredSupplierApproval> Approvals { get; set; } = [];
    public List<QualityCredential> Credentials { get; set; } = [];
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public bool IsSme => Size is SupplierSize.Micro or SupplierSize.Small or SupplierSize.Medium;

    /// <summary>True when it supplies within <paramref name="category"/>, or <paramref name="category"/> within what it
    /// supplies.</summary>
    public bool Supplies(string category) =>
        Categories.Any(c => CpvCode.IsWithin(category, c.CpvCode) || CpvCode.IsWithin(c.CpvCode, category));
}

/// <summary>
/// A CPV code the supplier supplies. Adding and removing one is audited under the supplier's id (it has no identity of
/// its own beyond the supplier and the code), so the supplier's history finds the categories it has had, removed ones
/// included.
/// </summary>
public sealed class SupplierCategory : IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SupplierId { get; set; }
    public required string CpvCode { get; set; }

    public string AuditKey => SupplierId.ToString();
}
