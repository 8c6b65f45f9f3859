namespace CareCommissioning.Domain.Resources;

/// <summary>The money a budget head holds in one financial year, in cash.</summary>
public sealed class BudgetAllocation : IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid BudgetHeadId { get; set; }
    public int Year { get; set; }
    public decimal Amount { get; set; }
    public string? Note { get; set; }

    public string AuditKey => Id.ToString();
}
