namespace CareCommissioning.Domain.Demand;

/// <summary>One age band's population in a year, with the prevalence of the need and the uptake of the service
/// (fractions).</summary>
public sealed record AgeBandProjection(string AgeBand, decimal Population, decimal Prevalence, decimal Uptake);
