namespace CareCommissioning.Domain.Partnerships;

/// <summary>The kinds of arrangement of the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000,
/// and the aligned budget that needs no pool.</summary>
public enum ArrangementType
{
    PooledFund,
    AlignedBudget,
    LeadCommissioning,
    IntegratedProvision,
}

public static class ArrangementTypeNames
{
    public static string Display(ArrangementType value) =>
        value switch
        {
            ArrangementType.PooledFund => "Pooled fund",
            ArrangementType.AlignedBudget => "Aligned budget",
            ArrangementType.LeadCommissioning => "Lead commissioning",
            ArrangementType.IntegratedProvision => "Integrated provision",
            _ => value.ToString(),
        };

    public static string Hint(ArrangementType value) =>
        value switch
        {
            ArrangementType.PooledFund => "Partners pay into one fund managed by the host (regulation 7)",
            ArrangementType.AlignedBudget => "Each partner keeps its own budget, planned and reported together",
            ArrangementType.LeadCommissioning => "One partner commissions on behalf of the others (regulation 8)",
            ArrangementType.IntegratedProvision => "One partner provides services for the others (regulation 9)",
            _ => "",
        };
}
