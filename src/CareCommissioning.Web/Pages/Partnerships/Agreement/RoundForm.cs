namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>A negotiation round as typed: amounts by year kept as text so a wrong one is shown back as typed.</summary>
public sealed class RoundForm
{
    /// <summary>The partner the round is sent for, where the user keeps the records of more than one.</summary>
    public string? PartnerId { get; set; }
    public string? Kind { get; set; }
    public List<string?> Amounts { get; set; } = [];
    public string? Message { get; set; }
    public DateInputModel DueOn { get; set; } = new();
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> KindItems =>
        [
            new("Proposal: the first amounts for the pool", nameof(RoundKind.Proposal)),
            new("Counter-proposal: different amounts", nameof(RoundKind.CounterProposal)),
            new("Request for clarification", nameof(RoundKind.Clarification)),
            new("Answer to a request for clarification", nameof(RoundKind.Answer)),
            new("Agree the amounts on the table", nameof(RoundKind.Agreement)),
        ];
}
