namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// Inviting the organisations that take part (EV-P1, P7): commissioning partners, groups of people who use services or
/// carers, providers; any organisation in the installation. Their staff see the evaluation read only and everyone in
/// them may send views on what is shared with them.
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class ParticipantsModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    [BindProperty]
    public List<string> Invited { get; set; } = [];

    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Current { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        await LoadAsync();
        Invited = Current.Select(c => c.Id.ToString()).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        var ids = Invited.Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).ToList();
        var errors = await EvaluationCommands.SetParticipantsAsync(Db, Person, Evaluation, ids, Clock.GetUtcNow());
        ModelState.AddDomainErrors("", errors, _ => nameof(Invited));
        if (errors.Count > 0)
        {
            await LoadAsync();
            return Page();
        }
        return Done("The organisations taking part have been saved");
    }

    private async Task LoadAsync()
    {
        Current = await EvaluationAccess.ParticipantsAsync(Db, Evaluation.Id);
        OrganisationItems = (
            await Db
                .Organisations.AsNoTracking()
                .Where(o => o.Id != Evaluation.OrganisationId)
                .OrderBy(o => o.Name)
                .Select(o => new { o.Id, o.Name })
                .ToListAsync()
        )
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToList();
    }
}
