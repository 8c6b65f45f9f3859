namespace CareCommissioning.Domain.Purchasing;

/// <summary>Which threshold of the Procurement Act 2023 applies to a buyer (METHODS §4.1).</summary>
public enum AuthorityType
{
    /// <summary>Central government, including NHS bodies treated as central.</summary>
    Central = 1,

    /// <summary>Other contracting authorities, such as local authorities.</summary>
    SubCentral = 2,
}

/// <summary>
/// The threshold amounts in force from one date, all <em>including VAT</em> (METHODS §4.1, §4.4). A contract whose
/// estimated value is at or above ("not less than") the threshold must be procured under the Act's rules.
/// </summary>
public sealed record ThresholdSet(
    DateOnly EffectiveFrom,
    string Source,
    decimal CentralGoodsAndServices,
    decimal SubCentralGoodsAndServices,
    decimal Works,
    decimal LightTouch,
    decimal NotifiableBelowThresholdCentral,
    decimal NotifiableBelowThresholdOther
)
{
    public decimal GoodsAndServices(AuthorityType type) =>
        type == AuthorityType.Central ? CentralGoodsAndServices : SubCentralGoodsAndServices;

    /// <summary>From this value a below-threshold contract is notifiable: if advertised, a tender notice must be
    /// published first.</summary>
    public decimal NotifiableBelowThreshold(AuthorityType type) =>
        type == AuthorityType.Central ? NotifiableBelowThresholdCentral : NotifiableBelowThresholdOther;
}

/// <summary>The statutory thresholds as dated configuration: they are revised every two years (next expected 1 January
/// 2028).</summary>
public static class ProcurementThresholds
{
    /// <summary>
    /// From 1 January 2024 (the same figures carried into the Act on 24 February 2025) until 31 December 2025. Before
    /// the Act these were the Public Contracts Regulations 2015 thresholds; the below-threshold notice values are the
    /// Act's.
    /// </summary>
    public static readonly ThresholdSet From2024 = new(
        new DateOnly(2024, 1, 1),
        "Procurement Act 2023 Schedule 1 as in force until 31 Dec 2025 (METHODS §4.1, §4.4)",
        CentralGoodsAndServices: 139_688m,
        SubCentralGoodsAndServices: 214_904m,
        Works: 5_372_609m,
        LightTouch: 663_540m,
        NotifiableBelowThresholdCentral: 12_000m,
        NotifiableBelowThresholdOther: 30_000m
    );

    /// <summary>For procurements started on or after 1 January 2026 (SI 2025/1200; METHODS §4.1).</summary>
    public static readonly ThresholdSet From2026 = new(
        new DateOnly(2026, 1, 1),
        "SI 2025/1200, thresholds from 1 Jan 2026 (METHODS §4.1, §4.4)",
        CentralGoodsAndServices: 135_018m,
        SubCentralGoodsAndServices: 207_720m,
        Works: 5_193_000m,
        LightTouch: 663_540m,
        NotifiableBelowThresholdCentral: 12_000m,
        NotifiableBelowThresholdOther: 30_000m
    );

    public static readonly IReadOnlyList<ThresholdSet> All = [From2024, From2026];

    /// <summary>The set in force on the date the procurement starts, or null before the earliest set held.</summary>
    public static ThresholdSet? InForceOn(DateOnly date) =>
        All.Where(s => s.EffectiveFrom <= date).MaxBy(s => s.EffectiveFrom);
}
