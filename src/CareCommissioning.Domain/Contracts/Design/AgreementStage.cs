namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>The stages at which outcomes can be agreed with providers (CD-P8), in the order they come.</summary>
public enum AgreementStage
{
    MarketEngagement = 1,
    DialogueOrNegotiation,
    Mobilisation,
    FirstReview,
}

public static class AgreementStageNames
{
    public static readonly IReadOnlyList<AgreementStage> All =
    [
        AgreementStage.MarketEngagement,
        AgreementStage.DialogueOrNegotiation,
        AgreementStage.Mobilisation,
        AgreementStage.FirstReview,
    ];

    public static string Display(AgreementStage value) =>
        value switch
        {
            AgreementStage.MarketEngagement => "Market engagement",
            AgreementStage.DialogueOrNegotiation => "Competitive dialogue or negotiation",
            AgreementStage.Mobilisation => "Mobilisation",
            AgreementStage.FirstReview => "First contract review",
            _ => value.ToString(),
        };
}
