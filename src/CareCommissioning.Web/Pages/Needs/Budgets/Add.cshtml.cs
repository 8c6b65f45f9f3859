namespace CareCommissioning.Web.Pages.Needs.Budgets;

[Authorize(Policy = Policies.NeedsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public BudgetForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task OnGetAsync() =>
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.NeedsWrite);

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.NeedsWrite);
        var now = clock.GetUtcNow();
        var organisation = OrganisationChoice.Resolve(
            user,
            Policies.NeedsWrite,
            Input.OrganisationId,
            ModelState,
            "Input.OrganisationId",
            "budget head"
        );
        var head = new BudgetHead
        {
            Name = "",
            OrganisationId = organisation ?? Guid.Empty,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (!Input.ApplyTo(head, ModelState))
            return Page();
        db.BudgetHeads.Add(head);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"{head.Name} has been added. Now enter its money for each year.";
        return Redirect(this.Links().BudgetHead(head.Id));
    }
}
