using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Tests.Builders;

/// <summary>
/// A supplier as the rules see it: by default Acme Care Ltd, an active small company supplying welfare services
/// (85311000-2), neither preferred nor quality-assured.
/// </summary>
public sealed class SupplierBuilder
{
    private string _name = "Acme Care Ltd";
    private SupplierStatus _status = SupplierStatus.Active;
    private SupplierSize _size = SupplierSize.Small;
    private string[] _categories = ["85311000-2"];

    public SupplierBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    /// <summary>A status other than active comes with the reason "Under review".</summary>
    public SupplierBuilder InStatus(SupplierStatus status)
    {
        _status = status;
        return this;
    }

    public SupplierBuilder OfSize(SupplierSize size)
    {
        _size = size;
        return this;
    }

    public SupplierBuilder Supplying(params string[] cpvCodes)
    {
        _categories = cpvCodes;
        return this;
    }

    public Supplier Build() =>
        new()
        {
            OrganisationId = Guid.Empty,
            Name = _name,
            CompanyNumber = "01234567",
            AddressLine1 = "1 High Street",
            Postcode = "SW1A 1AA",
            Size = _size,
            Status = _status,
            StatusReason = _status == SupplierStatus.Active ? null : "Under review",
            Categories = [.. _categories.Select(c => new SupplierCategory { CpvCode = c })],
        };
}
