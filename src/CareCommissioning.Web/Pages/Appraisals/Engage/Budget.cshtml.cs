using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Pages.Needs.Budgets;

namespace CareCommissioning.Web.Pages.Appraisals.Engage;

/// <summary>
/// Negotiating the budget for the priority (OA-P20…P22): a proposal per budget head, then rounds of counter-proposal,
/// clarification and answer between the commissioner and finance, each with a date to answer by, until someone other
/// than the proposer agrees the amounts. Overdue rounds are flagged here and reminded by message.
/// </summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class BudgetModel(AppDbContext db, CurrentUser user, TimeProvider clock, PublicAddress address)
    : AppraisalPageModel(db, user, clock)
{
    public sealed class RoundForm
    {
        public string? BudgetHeadId { get; set; }
        public string? Kind { get; set; }
        public List<string?> Amounts { get; set; } = [];
        public string? Message { get; set; }
        public DateInputModel DueOn { get; set; } = new();
        public int Version { get; set; }
    }

    [BindProperty]
    public RoundForm Input { get; set; } = new();
    public IReadOnlyList<BudgetProposal> Proposals { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> HeadNames { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<SelectListItem> HeadItems { get; private set; } = [];
    public Guid? Responding { get; private set; }
    public bool CanNegotiate { get; private set; }
    public DateOnly Today => UkCalendar.Today(Clock);

    public static IEnumerable<SelectListItem> ResponseItems =>
        [
            new("Counter-proposal: different amounts", nameof(RoundKind.CounterProposal)),
            new("Request for clarification", nameof(RoundKind.Clarification)),
            new("Answer to a request for clarification", nameof(RoundKind.Answer)),
            new("Agree the amounts on the table", nameof(RoundKind.Agreement)),
        ];

    public IReadOnlyList<int> Years => Enumerable.Range(Appraisal.BaseYear, Appraisal.HorizonYears + 1).ToList();

    /// <summary>The money in the organisation's budget heads and every appraisal's claim on them (OA-P21).</summary>
    public BudgetClaimsQuery.Heads Heads { get; private set; } = default!;

    /// <summary>A proposal's head year by year, with the proposal counted apart from the other claims.</summary>
    public IReadOnlyList<HeadYearPosition> PositionOf(BudgetProposal p) =>
        Heads.Position(p.BudgetHeadId, p.Id, p.Current.Select(a => a.Year));

    /// <summary>The other appraisals' (and this one's other) claims on the proposal's head.</summary>
    public IReadOnlyList<BudgetClaim> OtherClaims(BudgetProposal p) =>
        Heads.Claims[p.BudgetHeadId].Where(c => c.ProposalId != p.Id).ToList();

    /// <summary>Each head over the appraisal's years, the years with neither money nor claims left out.</summary>
    public IReadOnlyList<HeadYearPosition> Overview(Guid head) =>
        Heads.Position(head, years: Years).Where(y => y.Held != 0 || y.Agreed != 0 || y.Asked != 0).ToList();

    /// <summary>Which form the page shows: a new proposal, or an answer to one proposal; one at a time keeps field ids
    /// unique.</summary>
    public bool Starting { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool start, Guid? respond)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        Starting = CanNegotiate && (start || Proposals.Count == 0);
        if (
            CanNegotiate
            && respond is { } r
            && Proposals.FirstOrDefault(p => p.Id == r && p.Status == ProposalStatus.Open) is { } open
        )
        {
            Responding = r;
            Starting = false;
            Input.Version = open.Version;
            for (var i = 0; i < Years.Count; i++)
                Input.Amounts[i] = open.Current.FirstOrDefault(a => a.Year == Years[i]) is { } a
                    ? NumberInput.Plain(a.Amount)
                    : null;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        if (!CanNegotiate)
            return Forbid();
        Starting = true;
        var head = Guid.TryParse(Input.BudgetHeadId, out var h) && HeadNames.ContainsKey(h) ? h : (Guid?)null;
        if (head is null)
            ModelState.AddModelError("Input.BudgetHeadId", "Select the budget head the money would come from");
        var proposal = new BudgetProposal
        {
            OrganisationId = Appraisal.OrganisationId,
            AppraisalId = id,
            BudgetHeadId = head ?? Guid.Empty,
        };
        var round = Round(RoundKind.Proposal, proposal);
        if (!ModelState.IsValid || round is null)
            return Invalid();
        var now = Clock.GetUtcNow();
        proposal.CreatedAt = proposal.UpdatedAt = now;
        BudgetNegotiation.Add(proposal, round);
        Db.BudgetProposals.Add(proposal);
        await BudgetNotices.AnnounceAsync(Db, proposal, Appraisal.Title, Current.Id, now);
        await Db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = "Your budget proposal has been sent";
        return Redirect(Path("/budget"));
    }

    public async Task<IActionResult> OnPostRespondAsync(Guid id, Guid proposalId)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        if (!CanNegotiate)
            return Forbid();
        var proposal = await Db.BudgetProposals.FirstOrDefaultAsync(p => p.Id == proposalId && p.AppraisalId == id);
        if (proposal is null)
            return NotFound();
        Responding = proposalId;
        var kind = Enum.TryParse<RoundKind>(Input.Kind, out var k) && k != RoundKind.Proposal ? k : (RoundKind?)null;
        if (kind is null)
        {
            ModelState.AddModelError("Input.Kind", "Select what you are sending");
            return Invalid();
        }
        if (BudgetRounds.IsSelfAgreement(proposal, kind.Value, Current.DisplayName))
        {
            ModelState.AddModelError("Input.Kind", BudgetRounds.SelfAgreement);
            return Invalid();
        }
        var round = Round(kind.Value, proposal);
        if (!ModelState.IsValid || round is null)
            return Invalid();
        BudgetNegotiation.Add(proposal, round);
        proposal.UpdatedAt = Clock.GetUtcNow();
        await BudgetNotices.AnnounceAsync(Db, proposal, Appraisal.Title, Current.Id, proposal.UpdatedAt);
        var told = await BudgetRounds.TellOfLateAgreementAsync(
            Db,
            Appraisal,
            proposal,
            address.Link(Request, this.Links().AppraisalDecision(id))
        );
        var outcome = await VersionedSave.SaveAsync(Db, proposal, Input.Version, () =>
            Db.BudgetProposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId)
        );
        if (!outcome.Saved)
        {
            ModelState.AddModelError(
                string.Empty,
                "Someone else answered this proposal while you were writing. Read their round, then send yours again."
            );
            await PrepareAsync();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] =
            kind == RoundKind.Agreement
                ? "The budget has been agreed"
                    + (
                        told > 0
                            ? $". The decision has been made, so {told} people are being told, as they were of it"
                            : ""
                    )
                : $"Your {RoundKindNames.Display(kind.Value).ToLowerInvariant()} has been sent";
        return Redirect(Path("/budget"));
    }

    /// <summary>The round as typed, or null with the problems in the model state.</summary>
    private NegotiationRound? Round(RoundKind kind, BudgetProposal proposal)
    {
        var amounts = new List<YearAmountProposal>();
        if (kind is RoundKind.Proposal or RoundKind.CounterProposal)
        {
            for (var i = 0; i < Years.Count && i < Input.Amounts.Count; i++)
            {
                var text = Input.Amounts[i];
                if (string.IsNullOrWhiteSpace(text))
                    continue;
                if (NumberInput.TryParseMoney(text, out var amount))
                    amounts.Add(new YearAmountProposal { Year = Years[i], Amount = amount });
                else
                    ModelState.AddModelError(
                        $"Input.Amounts[{i}]",
                        $"The amount for {new FinancialYear(Years[i])} must be in pounds, like 250,000"
                    );
            }
        }
        if (Input.DueOn.TryParse("The date for an answer", out var due) is { } dateProblem)
            ModelState.AddModelError("Input.DueOn", dateProblem);
        if (!ModelState.IsValid)
            return null;
        if (BudgetNegotiation.Refusal(proposal, kind, amounts, Input.Message, due, Today) is { } refusal)
        {
            // Each refusal names its field; the amounts link to the first year's box.
            ModelState.AddModelError(
                refusal.Field switch
                {
                    "" => "",
                    "Amounts" => "Input.Amounts[0]",
                    var f => $"Input.{f}",
                },
                refusal.Message
            );
            return null;
        }
        return BudgetRounds.New(
            Current,
            Appraisal.OrganisationId,
            kind,
            amounts,
            Input.Message,
            due,
            Clock.GetUtcNow()
        );
    }

    private async Task PrepareAsync()
    {
        CanNegotiate = Current.Can(Policies.AppraisalsWrite, Appraisal.OrganisationId);
        var heads = await Db
            .BudgetHeads.AsNoTracking()
            .Where(h => h.OrganisationId == Appraisal.OrganisationId && !h.Archived)
            .OrderBy(h => h.Name)
            .ToListAsync();
        HeadNames = heads.ToDictionary(h => h.Id, h => h.Name);
        HeadItems =
        [
            new SelectListItem("Choose a budget head", ""),
            .. heads.Select(h => new SelectListItem(h.Name, h.Id.ToString())),
        ];
        Proposals = await Db
            .BudgetProposals.AsNoTracking()
            .Where(p => p.AppraisalId == Appraisal.Id)
            .OrderBy(p => p.CreatedAt)
            .ToListAsync();
        Heads = await BudgetClaimsQuery.LoadAsync(
            Db,
            heads.Select(h => h.Id).Union(Proposals.Select(p => p.BudgetHeadId)).ToList()
        );
        while (Input.Amounts.Count < Years.Count)
            Input.Amounts.Add(null);
    }
}
