using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Suppliers;

/// <summary>
/// A register of six suppliers in an organisation of the test's own, one of each kind the list filters tell apart, so a
/// list test knows every row it should see.
/// </summary>
public static class SupplierRegister
{
    /// <summary>Small, preferred for devices for the disabled (33196200-2); also supplies medical furniture.</summary>
    public const string Mobility = "Northshire Mobility Ltd";

    /// <summary>Medium, preferred for beds (39143110-0); also supplies medical furniture.</summary>
    public const string Beds = "Fellgate Beds and Care Furniture";

    /// <summary>A small VCSE, preferred for welfare services for the elderly.</summary>
    public const string Homecare = "Riverside Home Support CIC";

    /// <summary>A micro charity nobody has approved.</summary>
    public const string Shed = "Dalebridge Men's Shed";

    /// <summary>Large; supplies devices for the disabled without being preferred for them.</summary>
    public const string National = "Albion Medical Supplies plc";

    /// <summary>Suspended.</summary>
    public const string Suspended = "QuickCare Supplies Ltd";

    public static async Task AddAsync(AppFactory app, Guid organisationId)
    {
        SupplierBuilder Supplier(string name) => new SupplierBuilder(app).In(organisationId).Named(name);
        await Supplier(Mobility)
            .AtPostcode("NB1 2AA")
            .WithCompanyNumber("09876543")
            .Supplying("33196200-2", "33192000-2")
            .PreferredFor("33196200-2")
            .SaveAsync();
        await Supplier(Beds)
            .OfSize(SupplierSize.Medium)
            .WithCompanyNumber("04455667")
            .Supplying("39143110-0", "33192000-2")
            .PreferredFor("39143110-0")
            .SaveAsync();
        await Supplier(Homecare)
            .Vcse()
            .WithCompanyNumber("12345678")
            .Supplying("85311100-3", "98513310-8")
            .PreferredFor("85311100-3")
            .SaveAsync();
        await Supplier(Shed)
            .OfSize(SupplierSize.Micro)
            .AsCharity("1187654")
            .Supplying("85312000-9", "79952000-2")
            .SaveAsync();
        await Supplier(National)
            .OfSize(SupplierSize.Large)
            .WithCompanyNumber("00223344")
            .Supplying("33141000-0", "33196200-2")
            .SaveAsync();
        await Supplier(Suspended).WithCompanyNumber("07766554").Supplying("33141000-0").Suspended().SaveAsync();
    }
}
