namespace CareCommissioning.Domain.Partnerships;

/// <summary>How a partner's decision on the agreement reads on pages and in downloads.</summary>
public static class SignOffDecisionNames
{
    public static string Display(SignOffDecision value) =>
        value switch
        {
            SignOffDecision.Approved => "Approved",
            SignOffDecision.ApprovedWithConditions => "Approved with conditions",
            SignOffDecision.Deferred => "Deferred",
            SignOffDecision.Rejected => "Rejected",
            _ => "Not set",
        };
}
