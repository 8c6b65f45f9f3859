namespace CareCommissioning.Web.Pages.Partnerships.Evaluations;

/// <summary>
/// One evaluation (PB-P16…P19): the measures as evidence, the impact on each partner, what people said, the reflection,
/// the recommendations with their owners and due dates (agreed, then done), and who the results were shared with, how
/// and when; with the results as a Word document and an easy-read page.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public EvaluationScope Scope { get; private set; } = default!;
    public bool CanWrite { get; private set; }

    [BindProperty]
    public RecommendationForm Recommend { get; set; } = new();

    [BindProperty]
    public ShareForm Share { get; set; } = new();

    public sealed class RecommendationForm
    {
        public string? Text { get; set; }
        public string? Response { get; set; }
        public string? OwnerPartnerId { get; set; }
        public string? Owner { get; set; }
        public DateInputModel DueOn { get; set; } = new();
    }

    public sealed class ShareForm
    {
        public string? Audience { get; set; }
        public string? Method { get; set; }
        public string? Format { get; set; }
        public DateInputModel SharedOn { get; set; } = new();
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid evaluationId) =>
        await LoadAsync(id, evaluationId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecommendAsync(Guid id, Guid evaluationId)
    {
        if (!await LoadAsync(id, evaluationId))
            return NotFound();
        if (!CanWrite)
            return Forbid();
        var due = Date(Recommend.DueOn, "Recommend.DueOn", "The due date");
        var response = Enum.TryParse<RecommendationResponse>(Recommend.Response, out var r)
            ? r
            : (RecommendationResponse?)null;
        var owner = Guid.TryParse(Recommend.OwnerPartnerId, out var o) ? o : (Guid?)null;
        ModelState.AddDomainErrors(
            nameof(Recommend),
            EvaluationRules.ValidateRecommendation(
                Recommend.Text,
                response,
                owner,
                Recommend.Owner,
                due,
                Scope.Partners.Select(p => p.Partner.Id).ToList(),
                Today
            )
        );
        if (!ModelState.IsValid)
            return Page();
        db.EvaluationRecommendations.Add(
            new EvaluationRecommendation
            {
                EvaluationId = evaluationId,
                Text = Recommend.Text!.Trim(),
                Response = response!.Value,
                OwnerPartnerId = owner!.Value,
                Owner = string.IsNullOrWhiteSpace(Recommend.Owner) ? null : Recommend.Owner.Trim(),
                DueOn = due!.Value,
            }
        );
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = "The recommendation has been added: agree it with the partners";
        return Redirect(this.Links().Evaluation(id, evaluationId) + "#recommendations");
    }

    /// <summary>Marks a recommendation agreed with the partners, or done; the version read guards against two people
    /// doing it at once.</summary>
    public async Task<IActionResult> OnPostProgressAsync(
        Guid id,
        Guid evaluationId,
        Guid recommendationId,
        int version,
        bool done
    )
    {
        if (!await LoadAsync(id, evaluationId))
            return NotFound();
        if (!CanWrite)
            return Forbid();
        var recommendation = await db.EvaluationRecommendations.FirstOrDefaultAsync(r =>
            r.Id == recommendationId && r.EvaluationId == evaluationId
        );
        if (recommendation is null)
            return NotFound();
        var agreement = await db
            .PartnershipAgreements.AsNoTracking()
            .Where(a => a.PartnershipId == id)
            .Select(a => (int?)a.AgreementVersion)
            .FirstOrDefaultAsync();
        if (EvaluationRules.Progress(recommendation, done, agreement, Today) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await VersionedSave.SaveAsync(db, recommendation, version, () =>
            db.EvaluationRecommendations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recommendationId)
        );
        TempData[PageKeys.SuccessMessage] = outcome.Saved
            ? done
                ? "The recommendation is marked done"
                : "The recommendation is marked agreed with the partners"
            : "Someone else changed the recommendation at the same time: check it below";
        return Redirect(this.Links().Evaluation(id, evaluationId) + "#recommendations");
    }

    public async Task<IActionResult> OnPostShareAsync(Guid id, Guid evaluationId)
    {
        if (!await LoadAsync(id, evaluationId))
            return NotFound();
        if (!CanWrite)
            return Forbid();
        var on = Date(Share.SharedOn, "Share.SharedOn", "The date shared");
        var method = Enum.TryParse<ShareMethod>(Share.Method, out var m) ? m : (ShareMethod?)null;
        var format = Enum.TryParse<ShareFormat>(Share.Format, out var f) ? f : (ShareFormat?)null;
        ModelState.AddDomainErrors(
            nameof(Share),
            EvaluationRules.ValidateShare(Share.Audience, method, format, on, Today)
        );
        if (!ModelState.IsValid)
            return Page();
        db.EvaluationShares.Add(
            new EvaluationShare
            {
                EvaluationId = evaluationId,
                Audience = Share.Audience!.Trim(),
                Method = method!.Value,
                Format = format!.Value,
                SharedOn = on!.Value,
                RecordedBy = user.DisplayName,
                RecordedAt = clock.GetUtcNow(),
            }
        );
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"Sharing with {Share.Audience!.Trim()} has been recorded";
        return Redirect(this.Links().Evaluation(id, evaluationId) + "#shared");
    }

    private DateOnly Today => UkCalendar.DateOf(clock.GetUtcNow());

    private DateOnly? Date(DateInputModel input, string field, string label)
    {
        var problem = input.TryParse(label, out var date);
        if (problem is not null)
            ModelState.AddModelError(field, problem);
        return date;
    }

    private async Task<bool> LoadAsync(Guid id, Guid evaluationId)
    {
        var scope = await EvaluationScope.FindAsync(db, user, id, evaluationId);
        if (scope is null)
            return false;
        (Scope, CanWrite) = (scope, scope.CanWrite(user));
        return true;
    }

    public IEnumerable<SelectListItem> PartnerItems =>
        [
            new("Select a partner", ""),
            .. Scope.Partners.Select(p => new SelectListItem(p.Organisation, p.Partner.Id.ToString())),
        ];

    public static IEnumerable<SelectListItem> ResponseItems =>
        Enum.GetValues<RecommendationResponse>()
            .Select(r => new SelectListItem(RecommendationResponseNames.Display(r), r.ToString()));

    public static IEnumerable<SelectListItem> MethodItems =>
        Enum.GetValues<ShareMethod>().Select(m => new SelectListItem(ShareMethodNames.Display(m), m.ToString()));

    public static IEnumerable<SelectListItem> FormatItems =>
        Enum.GetValues<ShareFormat>().Select(f => new SelectListItem(ShareFormatNames.Display(f), f.ToString()));
}
