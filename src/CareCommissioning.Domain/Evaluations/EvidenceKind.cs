namespace CareCommissioning.Domain.Evaluations;

/// <summary>Where a piece of evidence for an evaluation comes from (EV-P3).</summary>
public enum EvidenceKind
{
    ContractMonitoring = 1,
    PooledBudgetMeasure,
    PurchasingEvaluation,
    Complaints,
    Compliments,
    Survey,
    Research,
    PeoplesViews,
    Other,
}

/// <summary>How each EvidenceKind reads on pages, in documents and in the API.</summary>
public static class EvidenceKindNames
{
    public static string Display(EvidenceKind value) =>
        value switch
        {
            EvidenceKind.ContractMonitoring => "Contract monitoring",
            EvidenceKind.PooledBudgetMeasure => "Pooled budget measure",
            EvidenceKind.PurchasingEvaluation => "Purchasing evaluation",
            EvidenceKind.Complaints => "Complaints",
            EvidenceKind.Compliments => "Compliments",
            EvidenceKind.Survey => "Survey",
            EvidenceKind.Research => "Research",
            EvidenceKind.PeoplesViews => "Views of people who use services and carers",
            EvidenceKind.Other => "Other evidence",
            _ => value.ToString(),
        };
}
