namespace CareCommissioning.Domain.Partnerships;

/// <summary>How each kind of contribution reads on pages, in downloads and in the API's words.</summary>
public static class PoolContributionKindNames
{
    public static string Display(PoolContributionKind kind) => kind == PoolContributionKind.InKind ? "In kind" : "Cash";
}
