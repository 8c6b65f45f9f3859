namespace CareCommissioning.Domain.Contracts;

/// <summary>The contract and payment models of social care commissioning (METHODS §5.1).</summary>
public enum ContractType
{
    /// <summary>Fixed capacity at a fixed price, paid whether used or not.</summary>
    Block = 1,

    /// <summary>Priced per package or placement.</summary>
    Spot = 2,

    /// <summary>A fixed price to a volume band, then a marginal unit rate.</summary>
    CostAndVolume = 3,

    /// <summary>Pre-qualified providers; call-off by ranking, rotation or mini-competition.</summary>
    Framework = 4,

    /// <summary>A dynamic market (Procurement Act 2023) or dynamic purchasing system, which providers join at any
    /// time.</summary>
    DynamicMarket = 5,

    /// <summary>Part of the payment tied to measured outcomes.</summary>
    OutcomesBased = 6,

    /// <summary>The provider holds the person's budget and spends it as they direct.</summary>
    IndividualServiceFund = 7,
}

public static class ContractTypeNames
{
    public static string Display(ContractType value) =>
        value switch
        {
            ContractType.Block => "Block",
            ContractType.Spot => "Spot",
            ContractType.CostAndVolume => "Cost and volume",
            ContractType.Framework => "Framework",
            ContractType.DynamicMarket => "Dynamic market",
            ContractType.OutcomesBased => "Outcomes-based",
            ContractType.IndividualServiceFund => "Individual service fund",
            _ => value.ToString(),
        };

    public static string Hint(ContractType value) =>
        value switch
        {
            ContractType.Block => "Fixed capacity at a fixed price, paid whether it is used or not",
            ContractType.Spot => "Priced per package or placement, bought as needed",
            ContractType.CostAndVolume => "A fixed price up to a volume, then a rate for each unit above it",
            ContractType.Framework => "Providers agreed in advance; each purchase is a call-off",
            ContractType.DynamicMarket => "Providers can join at any time; each purchase is a competition among them",
            ContractType.OutcomesBased => "Part of the payment depends on the outcomes achieved",
            ContractType.IndividualServiceFund => "The provider holds a person's budget and spends it as they direct",
            _ => "",
        };
}
