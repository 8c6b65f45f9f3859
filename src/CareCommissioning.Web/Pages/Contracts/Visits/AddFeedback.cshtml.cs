using CareCommissioning.Web.Pages.Contracts.Monitoring;

namespace CareCommissioning.Web.Pages.Contracts.Visits;

/// <summary>Recording feedback from people who use the contract's service: by the contract's keepers, or by the
/// provider for feedback they received on their own contract (the people who may send its KPI returns).</summary>
[Authorize(Policy = Policies.ContractsSubmitReturns)]
public sealed class AddFeedbackModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public FeedbackForm Input { get; set; } = new();

    public Contract Contract { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var contract = await MonitoringAccess.FindForReturnsAsync(db, user, id);
        if (contract is null)
            return NotFound();
        Contract = contract;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var contract = await MonitoringAccess.FindForReturnsAsync(db, user, id);
        if (contract is null)
            return NotFound();
        Contract = contract;
        var details = Input.ToDetails(ModelState, nameof(Input));
        var now = clock.GetUtcNow();
        ModelState.AddDomainErrors(nameof(Input), FeedbackRules.Validate(details, UkCalendar.DateOf(now)));
        if (!ModelState.IsValid)
            return Page();
        db.ContractFeedback.Add(FeedbackCommands.New(contract, details, user, now));
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = "The feedback has been recorded";
        return Redirect(this.Links().Contract(id) + "#feedback");
    }
}

/// <summary>A new piece of feedback on a contract, as its page and the API record it.</summary>
public static class FeedbackCommands
{
    public static ContractFeedback New(Contract c, FeedbackDetails details, CurrentUser user, DateTimeOffset now)
    {
        var feedback = new ContractFeedback
        {
            OrganisationId = c.OrganisationId,
            ContractId = c.Id,
            Said = "",
            RecordedByName = user.DisplayName,
            RecordedByProvider = MonitoringAccess.IsProvider(user, c),
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(feedback);
        return feedback;
    }
}
