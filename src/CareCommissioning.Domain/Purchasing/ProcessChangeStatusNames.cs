namespace CareCommissioning.Domain.Purchasing;

/// <summary>How each ProcessChangeStatus reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class ProcessChangeStatusNames
{
    public static string Display(ProcessChangeStatus value) =>
        value switch
        {
            ProcessChangeStatus.Proposed => "Proposed",
            ProcessChangeStatus.Agreed => "Agreed",
            ProcessChangeStatus.Rejected => "Rejected",
            _ => value.ToString(),
        };
}
