using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Pages.Partnerships.Notices;

namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>
/// The partnership's agreement (PB-P5, P6, P8, P12): its terms in plain English, its version and status, the rounds in
/// which partners negotiate it (the same negotiation as an appraisal's budget), and each partner's decision on the
/// current version. Any partner's people add a round; the host's people put the current version to the partners.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock, PublicAddress address) : PageModel
{
    /// <summary>How many years a round proposes amounts for.</summary>
    public const int RoundYears = 5;

    public PartnershipMembership Scope { get; private set; } = default!;
    public PartnershipAgreement? Agreement { get; private set; }
    public IReadOnlyList<PartnershipSignOff> SignOffs { get; private set; } = [];
    public decimal Pool { get; private set; }

    /// <summary>A change to the agreement an evaluation recommends, not yet made (PB-P18).</summary>
    public sealed record RecommendedChange(Guid EvaluationId, string Evaluation, string Text, DateOnly? AgreedOn);

    public IReadOnlyList<RecommendedChange> Recommended { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public DateOnly Today => UkCalendar.Today(clock);

    [BindProperty]
    public RoundForm Input { get; set; } = new();

    /// <summary>The version of the agreement read, for putting it to the partners.</summary>
    [BindProperty]
    public int AgreementRecordVersion { get; set; }

    public IReadOnlyDictionary<Guid, PartnershipSignOff> Current =>
        Agreement is null ? new Dictionary<Guid, PartnershipSignOff>() : AgreementWorkflow.Current(Agreement, SignOffs);

    public string? RequestRefusal =>
        Agreement is null ? null : AgreementWorkflow.SignOffRequestRefusal(Agreement, Pool);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Input.Version = AgreementRecordVersion = Agreement?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostRoundAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (Scope.Mine.Count == 0)
            return Forbid();
        if (Agreement is null)
        {
            ModelState.AddModelError("", "The host has not set out the terms yet: rounds start once it has");
            return Page();
        }
        var round = Round(Agreement);
        if (round is null)
            return Page();
        await PartnershipNotices.RoundAsync(db, Scope, round, user.Id, AgreementLink(id));
        return await SaveAsync(
            Agreement,
            a => BudgetNegotiation.Add(a.Rounds, round),
            Input.Version,
            $"Your {RoundKindNames.Display(round.Kind).ToLowerInvariant()} has been added to the negotiation"
        );
    }

    public async Task<IActionResult> OnPostRequestAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!Scope.KeepsTerms || Agreement is null)
            return Forbid();
        if (RequestRefusal is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            Input.Version = Agreement.Version;
            return Page();
        }
        await PartnershipNotices.SignOffRequestedAsync(
            db,
            Scope,
            Agreement,
            user.Id,
            AgreementLink(id),
            clock.GetUtcNow()
        );
        return await SaveAsync(
            Agreement,
            AgreementWorkflow.PutForSignOff,
            AgreementRecordVersion,
            $"Version {Agreement.AgreementVersion} has been put to the partners for sign-off"
        );
    }

    private async Task<IActionResult> SaveAsync(
        PartnershipAgreement agreement,
        Action<PartnershipAgreement> change,
        int version,
        string done
    )
    {
        // Attached first, so the change is tracked from the agreement as it was read.
        db.PartnershipAgreements.Attach(agreement);
        change(agreement);
        agreement.UpdatedAt = clock.GetUtcNow();
        // The rounds are one JSON value: mark it changed, as adding to the list in place is not seen.
        db.Entry(agreement).Property(a => a.Rounds).IsModified = true;
        var outcome = await VersionedSave.SaveAsync(db, agreement, version, () =>
            db.PartnershipAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreement.Id)
        );
        if (!outcome.Saved)
        {
            await LoadAsync(Scope.Partnership.Id);
            // The forms now carry the version read again, so sending again is a deliberate choice over theirs.
            Input.Version = AgreementRecordVersion = Agreement?.Version ?? 0;
            ModelState.AddModelError(
                "",
                "Someone else changed the agreement while you were reading it. Read what they did, then send yours again."
            );
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = done;
        return Redirect(this.Links().PartnershipAgreement(Scope.Partnership.Id));
    }

    private string AgreementLink(Guid id) => address.Link(Request, this.Links().PartnershipAgreement(id));

    /// <summary>The round as typed, or null with the problems in the model state.</summary>
    private NegotiationRound? Round(PartnershipAgreement agreement)
    {
        var partner =
            Scope.Mine.Count == 1
                ? Scope.Mine[0]
                : Scope.Mine.FirstOrDefault(r => r.Partner.Id.ToString() == Input.PartnerId);
        if (partner is null)
            ModelState.AddModelError("Input.PartnerId", "Select the partner you are sending this round for");
        var kind = Enum.TryParse<RoundKind>(Input.Kind, out var k) && Enum.IsDefined(k) ? k : (RoundKind?)null;
        if (kind is null)
            ModelState.AddModelError("Input.Kind", "Select what you are sending");
        var amounts = new List<YearAmountProposal>();
        for (var i = 0; i < Years.Count && i < Input.Amounts.Count; i++)
        {
            var text = Input.Amounts[i];
            if (string.IsNullOrWhiteSpace(text) || kind is not (RoundKind.Proposal or RoundKind.CounterProposal))
                continue;
            if (NumberInput.TryParseMoney(text, out var amount))
                amounts.Add(new YearAmountProposal { Year = Years[i], Amount = amount });
            else
                ModelState.AddModelError(
                    $"Input.Amounts[{i}]",
                    $"The amount for {new FinancialYear(Years[i])} must be in pounds, like 250,000"
                );
        }
        if (Input.DueOn.TryParse("The date for an answer", out var due) is { } dateProblem)
            ModelState.AddModelError("Input.DueOn", dateProblem);
        if (!ModelState.IsValid)
            return null;
        var (round, refusal) = AgreementRounds.Build(
            agreement,
            user,
            partner!,
            kind!.Value,
            amounts,
            Input.Message,
            due,
            clock
        );
        if (refusal is not null)
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
        return round;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return false;
        Scope = scope;
        Agreement = await db.PartnershipAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.PartnershipId == id);
        SignOffs = await db
            .PartnershipSignOffs.AsNoTracking()
            .Where(s => s.PartnershipId == id)
            .OrderByDescending(s => s.AgreementVersion)
            .ThenBy(s => s.RecordedAt)
            .ToListAsync();
        Pool = (
            await db.PartnershipContributions.Where(c => c.PartnershipId == id).Select(c => c.Amount).ToListAsync()
        ).Sum();
        Recommended = await (
            from r in db.EvaluationRecommendations.AsNoTracking()
            join e in db.PartnershipEvaluations on r.EvaluationId equals e.Id
            where e.PartnershipId == id && r.Response == RecommendationResponse.AgreementChange && r.CompletedOn == null
            orderby r.DueOn
            select new RecommendedChange(e.Id, e.Title, r.Text, r.AgreedOn)
        ).ToListAsync();
        // A round proposes the pool for the partnership's first years, or from this year when it has no dates yet.
        var allowed = ContributionRules.Years(scope.Partnership.StartDate, scope.Partnership.EndDate, Today);
        var first = scope.Partnership.StartDate is null
            ? FinancialYear.Containing(Today).StartYear
            : allowed.First.StartYear;
        Years = Enumerable.Range(first, Math.Clamp(allowed.Last.StartYear - first + 1, 1, RoundYears)).ToList();
        while (Input.Amounts.Count < Years.Count)
            Input.Amounts.Add(null);
        return true;
    }
}
