namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>A contractual provision as entered, before it is checked (<see cref="ContractDesignRules"/>).</summary>
public sealed record ProvisionDetails(
    ProvisionKind? Kind,
    string? Title,
    string? Text,
    Guid? OutcomeId = null,
    decimal? Amount = null,
    decimal? Percentage = null,
    DateOnly? Date = null
)
{
    public static ProvisionDetails From(ContractProvision p) =>
        new(p.Kind, p.Title, p.Text, p.OutcomeId, p.Amount, p.Percentage, p.Date);

    /// <summary>Puts checked answers on the provision.</summary>
    public void ApplyTo(ContractProvision p)
    {
        p.Kind = Kind!.Value;
        p.Title = Title!.Trim();
        p.Text = Text!.Trim();
        p.OutcomeId = OutcomeId;
        p.Amount = Amount;
        p.Percentage = Percentage;
        p.Date = Date;
    }
}
