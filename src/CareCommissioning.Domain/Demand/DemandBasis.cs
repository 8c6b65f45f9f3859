namespace CareCommissioning.Domain.Demand;

public enum DemandBasis
{
    Actual = 1,
    Forecast = 2,
    Projected = 3,
}
