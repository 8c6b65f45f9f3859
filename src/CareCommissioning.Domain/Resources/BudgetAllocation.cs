namespace CareCommissioning.Domain.Resources;

/// <summary>
/// The money a budget head holds in one financial year, in cash. Versioned because more than one change can move it at
/// once (two virements from or into the head, or its money edited while a virement is approved): a change made from a
/// stale read is refused, not written over, so money is neither created nor lost.
/// </summary>
public sealed class BudgetAllocation : IAudited, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid BudgetHeadId { get; set; }
    public int Year { get; set; }
    public decimal Amount { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}
