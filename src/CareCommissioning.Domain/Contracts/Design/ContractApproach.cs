namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>The ways of contracting to achieve the outcomes that a design analyses (CD-P9), the newer ones among
/// them.</summary>
public enum ContractApproach
{
    /// <summary>Paying for time and tasks, as most care is bought now.</summary>
    TimeAndTask = 1,
    OutcomesBasedPayment,
    IndividualServiceFunds,
    AllianceContract,
    Other,
}

public static class ContractApproachNames
{
    public static readonly IReadOnlyList<ContractApproach> All =
    [
        ContractApproach.TimeAndTask,
        ContractApproach.OutcomesBasedPayment,
        ContractApproach.IndividualServiceFunds,
        ContractApproach.AllianceContract,
        ContractApproach.Other,
    ];

    /// <summary>The newer approaches to contracting a design should consider.</summary>
    public static bool IsNewer(ContractApproach value) =>
        value
            is ContractApproach.OutcomesBasedPayment
                or ContractApproach.IndividualServiceFunds
                or ContractApproach.AllianceContract;

    public static string Display(ContractApproach value) =>
        value switch
        {
            ContractApproach.TimeAndTask => "Paying for time and tasks",
            ContractApproach.OutcomesBasedPayment => "Outcomes-based payment",
            ContractApproach.IndividualServiceFunds => "Individual service funds",
            ContractApproach.AllianceContract => "Alliance contract",
            ContractApproach.Other => "Another approach",
            _ => value.ToString(),
        };

    public static string Hint(ContractApproach value) =>
        value switch
        {
            ContractApproach.TimeAndTask => "Hours or visits bought at a rate, as most care is bought now",
            ContractApproach.OutcomesBasedPayment => "Part of the payment depends on the outcomes achieved",
            ContractApproach.IndividualServiceFunds =>
                "The provider holds each person's budget and spends it as they direct",
            ContractApproach.AllianceContract =>
                "Several providers and the commissioner share one contract, its risks and its rewards",
            ContractApproach.Other => "Name it",
            _ => "",
        };
}
