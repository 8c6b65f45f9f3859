namespace CareCommissioning.Domain.Resources;

/// <summary>How each RoundKind reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class RoundKindNames
{
    public static string Display(RoundKind value) =>
        value switch
        {
            RoundKind.Proposal => "Proposal",
            RoundKind.CounterProposal => "Counter-proposal",
            RoundKind.Clarification => "Request for clarification",
            RoundKind.Answer => "Answer",
            _ => "Agreement",
        };
}
