namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>Renames or re-describes a budget head; a change someone else saved meanwhile is shown, not
/// overwritten.</summary>
[Authorize(Policy = Policies.NeedsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<BudgetHead, BudgetForm>(db, clock)
{
    public static readonly string ConflictMessage = ConflictMessages.Edited("budget head");

    protected override string ConflictText => ConflictMessage;

    protected override Task<BudgetHead?> FindAsync(Guid id, bool track) =>
        BudgetAccess.FindVisibleAsync(Db, user, id, Policies.NeedsWrite, track);

    protected override string NameOf(BudgetHead head) => head.Name;

    protected override BudgetForm ToForm(BudgetHead head) => BudgetForm.From(head);

    protected override void Apply(BudgetHead head, DateTimeOffset now)
    {
        if (Input.ApplyTo(head, ModelState))
            head.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(BudgetHead saved, BudgetHead yours) =>
        new FieldDifferences()
            .Compare("Name", saved.Name, yours.Name)
            .Compare("Finance system code", saved.Code, yours.Code)
            .Compare(
                "Funding source",
                FundingSourceNames.Display(saved.Source),
                FundingSourceNames.Display(yours.Source)
            )
            .Compare("Description", saved.Description, yours.Description)
            .ToList();

    protected override string DetailsPath(Guid id) => $"/needs/budgets/{id}";
}
