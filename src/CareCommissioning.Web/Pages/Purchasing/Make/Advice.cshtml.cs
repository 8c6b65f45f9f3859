namespace CareCommissioning.Web.Pages.Purchasing.Make;

/// <summary>
/// Advice from a procurement specialist (PU-P10): the requester asks, for example about an unfamiliar supplier, and a
/// specialist of the organisation answers here; an unfamiliar supplier's purchase cannot go for approval until there is
/// an answer.
/// </summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class AdviceModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PurchasePageModel(db, user, clock)
{
    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Answer { get; set; }
    public IReadOnlyList<string> Unfamiliar { get; private set; } = [];
    public bool CanAsk { get; private set; }
    public bool CanAnswer { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAskAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        if (!CanAsk)
            return Forbid();
        if (string.IsNullOrWhiteSpace(Question))
            ModelState.AddModelError(nameof(Question), "Enter your question for the procurement specialists");
        else if (Question.Length > PurchaseAdvice.TextMaxLength)
            ModelState.AddModelError(nameof(Question), "Your question must be 4,000 characters or fewer");
        if (!ModelState.IsValid)
            return Invalid();
        Db.PurchaseAdvice.Add(
            new PurchaseAdvice
            {
                PurchaseRequestId = Purchase.Id,
                AskedByUserId = Current.Id,
                Question = Question!.Trim(),
                AskedAt = Clock.GetUtcNow(),
            }
        );
        await Db.SaveChangesAsync();
        TempData[Shared.PageKeys.SuccessMessage] = "Your question has been sent to the procurement specialists";
        return Redirect(Path("/advice"));
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid adviceId)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        if (!CanAnswer)
            return Forbid();
        var advice = await Db.PurchaseAdvice.FindAsync(adviceId);
        if (advice is null || advice.PurchaseRequestId != Purchase.Id)
            return NotFound();
        if (advice.IsAnswered)
            ModelState.AddModelError(string.Empty, "This question has already been answered");
        if (string.IsNullOrWhiteSpace(Answer))
            ModelState.AddModelError(nameof(Answer), "Enter your advice");
        else if (Answer.Length > PurchaseAdvice.TextMaxLength)
            ModelState.AddModelError(nameof(Answer), "Your advice must be 4,000 characters or fewer");
        if (!ModelState.IsValid)
            return Invalid();
        advice.Answer = Answer!.Trim();
        advice.AnsweredByUserId = Current.Id;
        advice.AnsweredAt = Clock.GetUtcNow();
        await Db.SaveChangesAsync();
        TempData[Shared.PageKeys.SuccessMessage] = "Your advice has been recorded";
        return Redirect(Path("/advice"));
    }

    private async Task PrepareAsync()
    {
        CanAsk =
            Purchase.RequestedByUserId == Current.Id
            && Purchase.Status is not (PurchaseStatus.Cancelled or PurchaseStatus.Evaluated);
        CanAnswer =
            Current.Can(Policies.AdvisePurchases, Purchase.OrganisationId) && Purchase.RequestedByUserId != Current.Id;
        var ctx = await PurchaseContextLoader.LoadAsync(Db, Purchase, Today);
        Unfamiliar = ctx.ChosenSupplier is { } s
            ? SupplierRules.UnfamiliarBecause(s, Purchase.Category, Today, ctx.OrderedFromChosenSupplierBefore)
            : [];
    }
}
