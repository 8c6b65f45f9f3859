namespace CareCommissioning.Domain.Partnerships;

/// <summary>The scheme types of the Better Care Fund planning template, which local pools use too.</summary>
public enum SchemeType
{
    AssistiveTechnology = 1,
    CareActImplementation,
    CarersServices,
    CommunityBasedSchemes,
    DisabledFacilitiesGrant,
    Enablers,
    HighImpactChangeDischarge,
    HomeCare,
    BedBasedIntermediateCare,
    HomeBasedIntermediateCare,
    ResidentialPlacements,
    Workforce,
    PersonalisedBudgeting,
    Prevention,
    Other,
}

public static class SchemeTypeNames
{
    public static string Display(SchemeType value) =>
        value switch
        {
            SchemeType.AssistiveTechnology => "Assistive technologies and equipment",
            SchemeType.CareActImplementation => "Care Act implementation related duties",
            SchemeType.CarersServices => "Carers' services",
            SchemeType.CommunityBasedSchemes => "Community based schemes",
            SchemeType.DisabledFacilitiesGrant => "Disabled facilities grant",
            SchemeType.Enablers => "Enablers for integration",
            SchemeType.HighImpactChangeDischarge => "High impact change model for managing transfer of care",
            SchemeType.HomeCare => "Home care or domiciliary care",
            SchemeType.BedBasedIntermediateCare => "Bed based intermediate care services",
            SchemeType.HomeBasedIntermediateCare => "Home-based intermediate care services (including reablement)",
            SchemeType.ResidentialPlacements => "Residential placements",
            SchemeType.Workforce => "Workforce recruitment and retention",
            SchemeType.PersonalisedBudgeting => "Personalised budgeting and commissioning",
            SchemeType.Prevention => "Prevention and early intervention",
            SchemeType.Other => "Other",
            _ => value.ToString(),
        };
}
