namespace CareCommissioning.Domain.Contracts;

/// <summary>How the contract was awarded: the procedure of the Procurement Act 2023 it came from (METHODS §4.2,
/// §4.4).</summary>
public enum AwardRoute
{
    /// <summary>Below the threshold: quotes or a below-threshold tender.</summary>
    BelowThreshold = 1,

    /// <summary>A competitive procedure under the light-touch regime (most social care).</summary>
    LightTouchCompetitive = 2,

    Open = 3,
    CompetitiveFlexible = 4,

    /// <summary>Direct award (s41 and Schedule 5, or switching under s43).</summary>
    DirectAward = 5,

    /// <summary>A call-off from a framework.</summary>
    FrameworkCallOff = 6,
}

public static class AwardRouteNames
{
    public static string Display(AwardRoute value) =>
        value switch
        {
            AwardRoute.BelowThreshold => "Below threshold",
            AwardRoute.LightTouchCompetitive => "Light-touch competitive procedure",
            AwardRoute.Open => "Open procedure",
            AwardRoute.CompetitiveFlexible => "Competitive flexible procedure",
            AwardRoute.DirectAward => "Direct award",
            AwardRoute.FrameworkCallOff => "Framework call-off",
            _ => value.ToString(),
        };
}
