namespace CareCommissioning.Domain.Resources;

/// <summary>How each VirementStatus reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class VirementStatusNames
{
    public static string Display(VirementStatus value) =>
        value switch
        {
            VirementStatus.Requested => "Waiting for approval",
            VirementStatus.Approved => "Approved",
            VirementStatus.Rejected => "Rejected",
            _ => value.ToString(),
        };
}
