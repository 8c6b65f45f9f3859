namespace CareCommissioning.Domain.Appraisals;

/// <summary>How each OptionKind reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class OptionKindNames
{
    public static string Display(OptionKind value) =>
        value switch
        {
            OptionKind.DoNothing => "Do nothing (business as usual)",
            OptionKind.DoMinimum => "Do minimum",
            OptionKind.Innovation => "Innovation",
            OptionKind.ServiceRedesign => "Service redesign",
            OptionKind.Reconfiguration => "Reconfiguration",
            OptionKind.Decommissioning => "Decommissioning",
            OptionKind.JointCommissioning => "Joint commissioning",
            _ => "Other",
        };
}
