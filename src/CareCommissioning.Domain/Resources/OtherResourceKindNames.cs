namespace CareCommissioning.Domain.Resources;

/// <summary>How each OtherResourceKind reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class OtherResourceKindNames
{
    public static string Display(OtherResourceKind value) =>
        value switch
        {
            OtherResourceKind.Staff => "Staff",
            OtherResourceKind.Building => "Building",
            OtherResourceKind.Time => "Time",
            OtherResourceKind.Equipment => "Equipment",
            OtherResourceKind.Other => "Other",
            _ => value.ToString(),
        };
}
