namespace CareCommissioning.Web.Pages.Purchasing.Make;

/// <summary>
/// The quotes or options for the purchase, each scored 0–5 on the chosen criteria with the evidence (PU-P9); whole-life
/// cost is scored by the chosen formula. The weighted result ranks them and names the most suitable supplier with the
/// reasons.
/// </summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class QuotesModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PurchasePageModel(db, user, clock)
{
    public sealed class Form
    {
        public string? SupplierId { get; set; }
        public string? Price { get; set; }
        public string? WholeLifeCost { get; set; }
        public DateInputModel ReceivedOn { get; set; } = new();
        public string? Reference { get; set; }
        public Dictionary<string, string?> Scores { get; set; } = [];
        public Dictionary<string, string?> Evidence { get; set; } = [];
    }

    [BindProperty]
    public Form Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> SupplierItems { get; private set; } = [];
    public IReadOnlyList<RankedQuote> Ranking { get; private set; } = [];
    public string? RankingBlocker { get; private set; }
    public bool CanRecord { get; private set; }
    public IReadOnlyList<SelectionCriterion> Scored { get; private set; } = [];

    public static IEnumerable<SelectListItem> ScoreItems =>
        Enumerable.Range(0, PurchaseQuote.ScoreMax + 1).Select(i => new SelectListItem(i.ToString(), i.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        Input.ReceivedOn = DateInputModel.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused)
            return refused;
        await PrepareAsync();
        var supplier = Guid.TryParse(Input.SupplierId, out var sid)
            ? await SupplierLookup
                .WithDetails(Db)
                .FirstOrDefaultAsync(s => s.Id == sid && s.OrganisationId == Purchase.OrganisationId)
            : null;
        if (supplier is null)
            ModelState.AddModelError("Input.SupplierId", "Select the supplier from the register");
        var quote = new PurchaseQuote
        {
            PurchaseRequestId = Purchase.Id,
            SupplierId = supplier?.Id ?? Guid.Empty,
            SupplierName = supplier?.Name ?? "",
            Reference = Clean(Input.Reference),
        };
        if (!NumberInput.TryParseMoney(Input.Price, out var price))
            ModelState.AddModelError("Input.Price", "Enter the price, in pounds, like 1,250");
        quote.Price = price;
        if (!string.IsNullOrWhiteSpace(Input.WholeLifeCost))
        {
            if (NumberInput.TryParseMoney(Input.WholeLifeCost, out var wlc))
                quote.WholeLifeCost = wlc;
            else
                ModelState.AddModelError("Input.WholeLifeCost", "Whole-life cost must be in pounds, like 2,400");
        }
        if (Input.ReceivedOn.TryParse("The date received", out var received) is { } dateProblem)
            ModelState.AddModelError("Input.ReceivedOn", dateProblem);
        else if (received is null)
            ModelState.AddModelError("Input.ReceivedOn", "Enter the date the quote was received");
        else if (received > Today)
            ModelState.AddModelError("Input.ReceivedOn", "The date received must be today or in the past");
        quote.ReceivedOn = received ?? Today;
        foreach (var c in Scored)
        {
            var key = c.ToString();
            if (!int.TryParse(Input.Scores.GetValueOrDefault(key), out var score))
            {
                ModelState.AddModelError(
                    $"Input.Scores[{key}]",
                    $"Score {SelectionCriterionNames.Display(c)} from 0 to {PurchaseQuote.ScoreMax}"
                );
                continue;
            }
            quote.Scores.Add(
                new QuoteScore
                {
                    Criterion = c,
                    Score = score,
                    Evidence = Clean(Input.Evidence.GetValueOrDefault(key)),
                }
            );
        }
        if (supplier is not null)
            ModelState.AddDomainErrors("Input", PurchaseRequestRules.ValidateQuote(Purchase, quote, supplier), field =>
                field switch
                {
                    "Status" => "",
                    "Scores" => "",
                    _ => $"Input.{field}",
                }
            );
        if (!ModelState.IsValid)
            return Invalid();
        Purchase.Quotes.Add(quote);
        Db.PurchaseQuotes.Add(quote);
        return await SaveAsync($"The quote from {quote.SupplierName} has been recorded") ?? Redirect(Path("/quotes"));
    }

    public async Task<IActionResult> OnPostChooseAsync(Guid id, Guid quoteId)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused)
            return refused;
        await PrepareAsync();
        if (Purchase.Status != PurchaseStatus.Submitted)
        {
            ModelState.AddModelError(
                string.Empty,
                "The supplier is chosen after the plan is submitted and before the purchase goes for approval"
            );
            return Invalid();
        }
        var ranked = Ranking.FirstOrDefault(r => r.QuoteId == quoteId);
        if (ranked is null)
        {
            ModelState.AddModelError(string.Empty, RankingBlocker ?? "Choose one of the quotes");
            return Invalid();
        }
        Purchase.ChosenQuoteId = quoteId;
        Purchase.SelectionReasons = ranked.Reasons;
        return await SaveAsync($"{ranked.SupplierName} has been chosen") ?? Redirect(Path());
    }

    private async Task PrepareAsync()
    {
        CanRecord = Purchase.RequestedByUserId == Current.Id && Purchase.Status == PurchaseStatus.Submitted;
        Scored = SupplierSelectionWeights.Scored.Where(c => Purchase.Weights.For(c) > 0).ToList();
        // The form's fields read these dictionaries by key, so every scored criterion needs an entry, even when
        // unanswered.
        foreach (var c in Scored)
        {
            Input.Scores.TryAdd(c.ToString(), null);
            Input.Evidence.TryAdd(c.ToString(), null);
        }
        var suppliers = await Db
            .Suppliers.AsNoTracking()
            .Where(s => s.OrganisationId == Purchase.OrganisationId && s.Status == SupplierStatus.Active)
            .OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name })
            .ToListAsync();
        SupplierItems =
        [
            new SelectListItem("Choose a supplier", ""),
            .. suppliers.Select(s => new SelectListItem(s.Name, s.Id.ToString())),
        ];
        var problems = QuoteRanking.Validate(Purchase);
        RankingBlocker = problems.FirstOrDefault()?.Message;
        Ranking = problems.Count == 0 ? QuoteRanking.Rank(Purchase) : [];
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
