namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>
/// A page that changes one part of a contract design. Versioned like every edit: a save over someone's newer one is
/// refused (409) with what differs and the answers kept. A part's page says how to check and apply its answers and how
/// to describe its part for the comparison.
/// </summary>
public abstract class DesignPartPageModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<ContractDesign, DesignForm>(db, clock)
{
    protected CurrentUser Me => user;

    /// <summary>The design's outcomes, in the order chosen.</summary>
    public IReadOnlyList<ContractOutcome> Outcomes { get; private set; } = [];

    /// <summary>The part's name, for the comparison of a stale save.</summary>
    protected abstract string Part { get; }

    /// <summary>The part as words, to compare with someone else's save.</summary>
    protected abstract string Describe(ContractDesign design);

    protected override string ConflictText => ConflictMessages.Edited("contract design");

    protected override async Task<ContractDesign?> FindAsync(Guid id, bool track)
    {
        var found = await DesignAccess.FindAsync(Db, user, id, Policies.ContractsWrite, track);
        if (found is not null && Outcomes.Count == 0)
            Outcomes = await DesignAccess.OutcomesAsync(Db, found);
        return found;
    }

    /// <summary>Puts what is wrong with the part in ModelState and, when nothing is, applies it to the
    /// design.</summary>
    protected void ApplyPart(ContractDesign d, IDesignPart part, DateTimeOffset now)
    {
        ModelState.AddDomainErrors(nameof(Input), part.Check());
        if (ModelState.IsValid)
            part.ApplyTo(d, now);
    }

    protected override string NameOf(ContractDesign d) => d.Title;

    protected override DesignForm ToForm(ContractDesign d) => DesignForm.From(d, Outcomes);

    protected override IReadOnlyList<FieldDifference> Differences(ContractDesign saved, ContractDesign yours) =>
        new FieldDifferences().Compare(Part, Describe(saved), Describe(yours)).ToList();

    protected override string SavedMessage(ContractDesign d) => $"{Part} of '{d.Title}' saved";

    protected override string DetailsPath(Guid id) => this.Links().ContractDesign(id);
}
