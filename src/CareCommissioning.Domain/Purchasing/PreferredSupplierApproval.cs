namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// The organisation's approval of a supplier as a preferred source for a CPV category (PU-P5; the standard's "preferred
/// suppliers ... already approved by your organisation as being suitable sources of supply"), from a date until it
/// expires.
/// </summary>
public sealed class PreferredSupplierApproval : IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SupplierId { get; set; }

    /// <summary>The category approved; it covers the codes below it too.</summary>
    public required string CpvCode { get; set; }
    public required string ApprovedByUserId { get; set; }
    public DateOnly ApprovedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public string? Notes { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>True from the approval date to the expiry date, both inclusive.</summary>
    public bool IsCurrent(DateOnly on) => ApprovedOn <= on && on <= ExpiresOn;

    public bool Covers(string category, DateOnly on) => IsCurrent(on) && Purchasing.CpvCode.IsWithin(category, CpvCode);
}
