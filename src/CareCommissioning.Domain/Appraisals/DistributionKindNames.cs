namespace CareCommissioning.Domain.Appraisals;

/// <summary>How each DistributionKind reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class DistributionKindNames
{
    public static string Display(DistributionKind value) =>
        value switch
        {
            DistributionKind.Triangular => "Triangular",
            DistributionKind.Pert => "PERT",
            DistributionKind.Normal => "Normal",
            DistributionKind.Uniform => "Uniform",
            _ => value.ToString(),
        };
}
