namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>The kinds of contractual provision a design holds (CD-P13).</summary>
public enum ProvisionKind
{
    PerformanceMeasure = 1,
    Incentive,
    Deduction,
    Milestone,
    PaymentTerms,
    Safeguarding,
    DataProtection,
    Termination,
    Other,
}

public static class ProvisionKindNames
{
    public static readonly IReadOnlyList<ProvisionKind> All = Enum.GetValues<ProvisionKind>();

    public static string Display(ProvisionKind value) =>
        value switch
        {
            ProvisionKind.PerformanceMeasure => "Performance measure",
            ProvisionKind.Incentive => "Incentive",
            ProvisionKind.Deduction => "Deduction",
            ProvisionKind.Milestone => "Milestone",
            ProvisionKind.PaymentTerms => "Payment terms",
            ProvisionKind.Safeguarding => "Safeguarding",
            ProvisionKind.DataProtection => "Data protection",
            ProvisionKind.Termination => "Termination",
            ProvisionKind.Other => "Other provision",
            _ => value.ToString(),
        };

    /// <summary>An incentive or deduction is worth an amount or a share of the payment.</summary>
    public static bool HasWorth(ProvisionKind value) => value is ProvisionKind.Incentive or ProvisionKind.Deduction;
}
