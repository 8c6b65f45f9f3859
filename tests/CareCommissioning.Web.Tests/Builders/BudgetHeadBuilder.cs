using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>
/// A budget head with its money by year: by default a council-funded head holding £5,000,000 in 2026/27, in a new
/// organisation.
/// </summary>
public sealed class BudgetHeadBuilder(AppFactory app)
{
    private Guid? _organisation;
    private string _name = "Adult social care – learning disabilities";
    private string? _code = "ASC-LD";
    private FundingSource _source = FundingSource.Council;
    private readonly SortedDictionary<int, decimal> _allocations = [];
    private bool _archived;

    public BudgetHeadBuilder In(Guid organisationId)
    {
        _organisation = organisationId;
        return this;
    }

    public BudgetHeadBuilder Named(string name, string? code = null)
    {
        _name = name;
        _code = code;
        return this;
    }

    public BudgetHeadBuilder FundedBy(FundingSource source)
    {
        _source = source;
        return this;
    }

    /// <summary>The money the head holds in the financial year starting in <paramref name="year"/>.</summary>
    public BudgetHeadBuilder Holding(int year, decimal amount)
    {
        _allocations[year] = amount;
        return this;
    }

    public BudgetHeadBuilder Archived()
    {
        _archived = true;
        return this;
    }

    public async Task<BudgetHead> SaveAsync()
    {
        var organisation = _organisation ?? (await new OrganisationBuilder(app).SaveAsync()).Id;
        var now = TestData.Now(app);
        var head = new BudgetHead
        {
            OrganisationId = organisation,
            Name = _name,
            Code = _code,
            Source = _source,
            Archived = _archived,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (_allocations.Count == 0)
            _allocations[2026] = 5_000_000m;
        await using var scope = app.Scope(out var db);
        db.BudgetHeads.Add(head);
        db.BudgetAllocations.AddRange(
            _allocations.Select(a => new BudgetAllocation
            {
                BudgetHeadId = head.Id,
                Year = a.Key,
                Amount = a.Value,
                Note = "Approved budget",
            })
        );
        await db.SaveChangesAsync();
        return head;
    }
}
