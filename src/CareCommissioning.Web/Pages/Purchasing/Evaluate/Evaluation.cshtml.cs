namespace CareCommissioning.Web.Pages.Purchasing.Evaluate;

/// <summary>
/// Evaluating the purchase (PU-P12…P17): the process measured against the criteria chosen when planning (computed where
/// the record allows), its effectiveness rated, value for money judged from actual against estimated whole-life cost
/// and the quality delivered, the benefits to people reflected on, and the evaluation shared with the procurement
/// specialists (an in-app message to each).
/// </summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class EvaluationModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PurchasePageModel(db, user, clock)
{
    public sealed class Form
    {
        public string? EffectivenessRating { get; set; }
        public string? EffectivenessNotes { get; set; }
        public string? RequesterSatisfaction { get; set; }
        public string? ValueForMoney { get; set; }
        public string? ValueForMoneyNotes { get; set; }
        public string? Benefits { get; set; }
        public List<string> Share { get; set; } = [];
    }

    [BindProperty]
    public Form Input { get; set; } = new();
    public PurchaseOrder? Order { get; private set; }
    public PurchaseEvaluation? Evaluation { get; private set; }
    public ComplianceResult? Compliance { get; private set; }
    public WholeLifeVariance? Variance { get; private set; }
    public IReadOnlyList<ProcessMeasureResult> Measures { get; private set; } = [];
    public bool CanEvaluate { get; private set; }

    public static IEnumerable<SelectListItem> RatingItems =>
        Enumerable.Range(1, 5).Reverse().Select(i => new SelectListItem(i.ToString(), i.ToString()));
    public static IEnumerable<SelectListItem> ValueItems =>
        [
            new("Good value", nameof(ValueForMoneyJudgement.Good)),
            new("Acceptable value", nameof(ValueForMoneyJudgement.Acceptable)),
            new("Poor value", nameof(ValueForMoneyJudgement.Poor)),
        ];
    public static IEnumerable<SelectListItem> ShareItems =>
        [new("Share this evaluation with the procurement specialists", "yes")];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        Input.Share = ["yes"];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused)
            return refused;
        await PrepareAsync();
        int? Rating(string? text) => int.TryParse(text, out var v) ? v : null;
        var share = Input.Share.Contains("yes");
        var e = new PurchaseEvaluation
        {
            PurchaseRequestId = Purchase.Id,
            EvaluatedByUserId = Current.Id,
            EvaluatedOn = Today,
            EffectivenessRating = Rating(Input.EffectivenessRating) ?? 0,
            EffectivenessNotes = Clean(Input.EffectivenessNotes),
            RequesterSatisfaction = Rating(Input.RequesterSatisfaction),
            ValueForMoney =
                Enum.TryParse<ValueForMoneyJudgement>(Input.ValueForMoney, out var v) && Enum.IsDefined(v) ? v : null,
            ValueForMoneyNotes = Clean(Input.ValueForMoneyNotes),
            Benefits = Clean(Input.Benefits),
            SharedWithSpecialists = share,
            SharedOn = share ? Today : null,
        };
        var problems = PurchaseWorkflow.Evaluate(Purchase, e, Current.Id, alreadyEvaluated: Evaluation is not null);
        ModelState.AddDomainErrors("Input", problems, field => field == "SharedOn" ? "Input.Share" : $"Input.{field}");
        if (!ModelState.IsValid)
            return Invalid();
        Db.PurchaseEvaluations.Add(e);
        if (share)
            await TellSpecialistsAsync(e);
        return await SaveAsync(
            share
                ? "Your evaluation has been saved and shared with the procurement specialists"
                : "Your evaluation has been saved"
        ) ?? Redirect(Path("/evaluation"));
    }

    private async Task TellSpecialistsAsync(PurchaseEvaluation e)
    {
        var specialists = await Db
            .Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == Purchase.OrganisationId && m.Role == Role.ProcurementSpecialist)
            .Join(Db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName })
            .Distinct()
            .ToListAsync();
        var title = $"Purchase evaluated: {Purchase.Description}";
        var body =
            $"{Current.DisplayName} evaluated the purchase. Effectiveness {e.EffectivenessRating} out of 5; value for money: {e.ValueForMoney}. "
            + (
                Variance is { } w
                    ? $"Whole-life cost {MoneyText.Format(w.Actual)} against {MoneyText.Format(w.Estimated)} estimated. "
                    : ""
            )
            + $"Benefits: {e.Benefits} Read it at /purchasing/{Purchase.Id}/evaluation";
        foreach (var s in specialists)
            Db.Notices.Add(
                new Notice
                {
                    OrganisationId = Purchase.OrganisationId,
                    SubjectType = nameof(PurchaseRequest),
                    SubjectId = Purchase.Id,
                    RecipientUserId = s.Id,
                    RecipientName = s.DisplayName,
                    Channel = NoticeChannel.InApp,
                    Format = "Standard",
                    Title = title,
                    Body = body,
                    CreatedAt = Clock.GetUtcNow(),
                }
            );
    }

    private async Task PrepareAsync()
    {
        Order = await Db.PurchaseOrders.AsNoTracking().FirstOrDefaultAsync(o => o.PurchaseRequestId == Purchase.Id);
        Evaluation = await Db
            .PurchaseEvaluations.AsNoTracking()
            .FirstOrDefaultAsync(x => x.PurchaseRequestId == Purchase.Id);
        CanEvaluate =
            Purchase.RequestedByUserId == Current.Id
            && Purchase.Status == PurchaseStatus.Received
            && Evaluation is null;
        var ctx = await PurchaseContextLoader.LoadAsync(Db, Purchase, Today);
        Compliance = PurchaseMeasures.Compliance(Purchase, Order, PurchaseWorkflow.AdviceNeeded(ctx));
        Variance = PurchaseMeasures.Variance(Purchase, Order);
        Measures = PurchaseMeasures.Measure(Purchase, Order, Compliance, Evaluation);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
