namespace CareCommissioning.Domain.Partnerships.RiskShare;

/// <summary>How each treatment of an underspend reads on pages and in downloads: one name for each value.</summary>
public static class UnderspendTreatmentNames
{
    public static string Display(UnderspendTreatment value) =>
        value switch
        {
            UnderspendTreatment.Return => "Returned to the partners",
            UnderspendTreatment.CarryForward => "Carried forward in the pool",
            _ => "Not set",
        };
}
