using CareCommissioning.Domain.Demand;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>
/// A service line with its demand: by default extra care housing from 2026/27, costed with its sources, 4% fee and 2%
/// general inflation, an actual first year and projected years after it, in a new organisation.
/// </summary>
public sealed class ServiceLineBuilder(AppFactory app)
{
    private Guid? _organisation;
    private string _name = "Extra care housing";
    private string _unit = "flats";
    private decimal _unitCost = 12_480m;
    private int _baseYear = 2026;
    private decimal _priceInflation = 0.04m;
    private decimal _generalInflation = 0.02m;
    private decimal[] _volumes = [310m, 325m, 340m];
    private bool _archived;

    public ServiceLineBuilder In(Guid organisationId)
    {
        _organisation = organisationId;
        return this;
    }

    public ServiceLineBuilder Named(string name, string unit = "hours a week")
    {
        _name = name;
        _unit = unit;
        return this;
    }

    public ServiceLineBuilder Costing(decimal unitCost)
    {
        _unitCost = unitCost;
        return this;
    }

    public ServiceLineBuilder From(int baseYear)
    {
        _baseYear = baseYear;
        return this;
    }

    public ServiceLineBuilder WithInflation(decimal price, decimal general)
    {
        _priceInflation = price;
        _generalInflation = general;
        return this;
    }

    /// <summary>Volumes for the base year and the years after it: the first actual, the rest projected.</summary>
    public ServiceLineBuilder WithDemand(params decimal[] volumes)
    {
        _volumes = volumes;
        return this;
    }

    public ServiceLineBuilder Archived()
    {
        _archived = true;
        return this;
    }

    public async Task<ServiceLine> SaveAsync()
    {
        var organisation = _organisation ?? (await new OrganisationBuilder(app).SaveAsync()).Id;
        var now = TestData.Now(app);
        var line = new ServiceLine
        {
            OrganisationId = organisation,
            Name = _name,
            Unit = _unit,
            UnitCost = _unitCost,
            UnitCostSource = "Current contract price list",
            BaseYear = _baseYear,
            PriceInflation = _priceInflation,
            PriceInflationSource = "Fee uplift assumed in the medium-term financial plan",
            GeneralInflation = _generalInflation,
            GeneralInflationSource = "OBR GDP deflator forecast",
            Archived = _archived,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var scope = app.Scope(out var db);
        db.ServiceLines.Add(line);
        db.DemandFigures.AddRange(
            _volumes.Select(
                (volume, i) =>
                    new DemandFigure
                    {
                        ServiceLineId = line.Id,
                        Year = _baseYear + i,
                        Volume = volume,
                        Basis = i == 0 ? DemandBasis.Actual : DemandBasis.Projected,
                        Source = i == 0 ? "Care records" : "Population projection × prevalence",
                    }
            )
        );
        await db.SaveChangesAsync();
        return line;
    }
}
