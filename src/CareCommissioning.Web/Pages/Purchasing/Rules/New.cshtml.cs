using System.Globalization;

namespace CareCommissioning.Web.Pages.Purchasing.Rules;

/// <summary>
/// Make a new version of the purchasing rules (PU-P15), prefilled from the one in force: when it comes into force, what
/// changed and why, the value bands and the approval limits as rows, and the agreed process change it puts into effect.
/// Checked with
/// <see cref="PurchasingRules.Validate"/>; on error nothing is saved and the answers are kept.
/// </summary>
[Authorize(Policy = Policies.PurchasingRulesWrite)]
public sealed class NewModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const int BlankRows = 2;

    public sealed class BandRow
    {
        public string? From { get; set; }
        public string? Route { get; set; }
        public string? Quotes { get; set; }
    }

    public sealed class LimitRow
    {
        public string? Role { get; set; }
        public string? Limit { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public DateInputModel EffectiveFrom { get; set; } = new();

    [BindProperty]
    public string? ChangeNote { get; set; }

    [BindProperty]
    public string? ProcessChangeProposalId { get; set; }

    [BindProperty]
    public List<BandRow> Bands { get; set; } = [];

    [BindProperty]
    public List<LimitRow> Limits { get; set; } = [];

    public OrganisationOption Organisation { get; private set; } = default!;
    public int NextVersion { get; private set; }
    public PurchasingRuleSet? Current { get; private set; }
    public IReadOnlyList<SelectListItem> Proposals { get; private set; } = [];
    public decimal Statutory { get; private set; }

    public static IReadOnlyList<SelectListItem> RouteItems { get; } =
    [
        new("Choose a route", ""),
        .. Enum.GetValues<PurchaseRoute>().Select(r => new SelectListItem(PurchaseRouteNames.Display(r), r.ToString())),
    ];

    public static IReadOnlyList<SelectListItem> RoleItems { get; } =
    [
        new("Choose a role", ""),
        .. Enum.GetValues<Role>()
            .Where(r => r is not (Role.Provider or Role.Stakeholder))
            .Select(r => new SelectListItem(RoleNames.Display(r), r.ToString())),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
            return Forbid();
        var source = Current ?? PurchasingRuleSet.Default(Organisation.Id, UkCalendar.Today(clock));
        var today = UkCalendar.Today(clock);
        EffectiveFrom = DateInputModel.From(Current is { } c && c.EffectiveFrom > today ? c.EffectiveFrom : today);
        Bands =
        [
            .. source
                .Bands.OrderBy(b => b.From)
                .Select(b => new BandRow
                {
                    From = NumberInput.Plain(b.From),
                    Route = b.Route.ToString(),
                    Quotes =
                        b.Route == PurchaseRoute.FormalTender
                            ? ""
                            : b.QuotesRequired.ToString(CultureInfo.InvariantCulture),
                }),
        ];
        Limits =
        [
            .. source.ApprovalLimits.Select(l => new LimitRow
            {
                Role = l.Role.ToString(),
                Limit = l.Limit is { } v ? NumberInput.Plain(v) : "",
            }),
        ];
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return Forbid();
        var dateProblem = EffectiveFrom.TryParse("The date the new rules come into force", out var from);
        if (dateProblem is not null)
            ModelState.AddModelError(nameof(EffectiveFrom), dateProblem);

        var bands = new List<PurchasingBand>();
        var bandRows = new List<int>();
        for (var i = 0; i < Bands.Count; i++)
        {
            var row = Bands[i];
            if (
                string.IsNullOrWhiteSpace(row.From)
                && string.IsNullOrWhiteSpace(row.Route)
                && string.IsNullOrWhiteSpace(row.Quotes)
            )
                continue;
            var band = new PurchasingBand { QuotesRequired = 1 };
            var n = bands.Count + 1;
            if (string.IsNullOrWhiteSpace(row.From))
                ModelState.AddModelError($"Bands[{i}].From", $"Enter the value band {n} starts at");
            else if (!NumberInput.TryParseMoney(row.From, out var amount))
                ModelState.AddModelError(
                    $"Bands[{i}].From",
                    $"The value band {n} starts at must be an amount of money, like 5000 or 5,000"
                );
            else
                band.From = amount;
            if (Enum.TryParse<PurchaseRoute>(row.Route, out var route) && Enum.IsDefined(route))
                band.Route = route;
            else
                ModelState.AddModelError($"Bands[{i}].Route", $"Select the route for band {n}");
            if (string.IsNullOrWhiteSpace(row.Quotes))
            {
                if (band.Route != PurchaseRoute.FormalTender && band.Route != default)
                    ModelState.AddModelError($"Bands[{i}].Quotes", $"Enter the number of quotes band {n} needs");
            }
            else if (!int.TryParse(row.Quotes.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quotes))
                ModelState.AddModelError(
                    $"Bands[{i}].Quotes",
                    $"The number of quotes for band {n} must be a whole number, like 3"
                );
            else
                band.QuotesRequired = quotes;
            bands.Add(band);
            bandRows.Add(i);
        }

        var limits = new List<ApprovalLimit>();
        var limitRows = new List<int>();
        for (var i = 0; i < Limits.Count; i++)
        {
            var row = Limits[i];
            if (string.IsNullOrWhiteSpace(row.Role) && string.IsNullOrWhiteSpace(row.Limit))
                continue;
            var limit = new ApprovalLimit();
            if (Enum.TryParse<Role>(row.Role, out var role) && Enum.IsDefined(role))
                limit.Role = role;
            else
                ModelState.AddModelError($"Limits[{i}].Role", $"Select the role for approval limit {limits.Count + 1}");
            if (!string.IsNullOrWhiteSpace(row.Limit))
            {
                if (NumberInput.TryParseMoney(row.Limit, out var amount))
                    limit.Limit = amount;
                else
                    ModelState.AddModelError(
                        $"Limits[{i}].Limit",
                        $"The approval limit of {(limit.Role == 0 ? $"row {limits.Count + 1}" : RoleNames.Display(limit.Role).ToLowerInvariant())} must be an amount of money, like 25000, or blank for no limit"
                    );
            }
            limits.Add(limit);
            limitRows.Add(i);
        }

        Guid? proposal = null;
        if (!string.IsNullOrWhiteSpace(ProcessChangeProposalId))
        {
            if (Guid.TryParse(ProcessChangeProposalId, out var g))
                proposal = g;
            else
                ModelState.AddModelError(
                    nameof(ProcessChangeProposalId),
                    "Select an agreed proposal to change the purchasing process, or none"
                );
        }

        if (ModelState.IsValid)
        {
            var (saved, errors) = await PurchasingRuleVersions.AddAsync(
                db,
                Organisation.Id,
                new RuleSetDraft(from, ChangeNote, proposal, bands, limits),
                user.Id,
                clock.GetUtcNow(),
                UkCalendar.Today(clock)
            );
            if (saved is not null)
            {
                TempData[PageKeys.SuccessMessage] =
                    saved.EffectiveFrom <= UkCalendar.Today(clock)
                        ? $"Version {saved.VersionNumber} of the purchasing rules is now in force"
                        : $"Version {saved.VersionNumber} of the purchasing rules has been made. It comes into force on {Display.Date(saved.EffectiveFrom)}";
                return Redirect(this.Links().PurchasingRuleVersion(saved.VersionNumber, Organisation.Id));
            }
            ModelState.AddDomainErrors("", errors, field => KeyFor(field, bandRows, limitRows));
        }
        Pad();
        return Page();
    }

    /// <summary>Maps the domain's <c>Bands[k].QuotesRequired</c> to the form row the user typed it in, and list-level
    /// errors to the first row.</summary>
    private static string KeyFor(string field, List<int> bandRows, List<int> limitRows)
    {
        static (int Index, string Member) Split(string f)
        {
            var open = f.IndexOf('[');
            var close = f.IndexOf(']');
            return (int.Parse(f[(open + 1)..close], CultureInfo.InvariantCulture), f[(close + 2)..]);
        }
        if (field == "Bands")
            return bandRows.Count > 0 ? $"Bands[{bandRows[0]}].From" : "Bands[0].From";
        if (field == "ApprovalLimits")
            return limitRows.Count > 0 ? $"Limits[{limitRows[0]}].Limit" : "Limits[0].Role";
        if (field.StartsWith("Bands[", StringComparison.Ordinal))
        {
            var (k, member) = Split(field);
            return $"Bands[{bandRows[k]}].{(member == "QuotesRequired" ? "Quotes" : member)}";
        }
        if (field.StartsWith("ApprovalLimits[", StringComparison.Ordinal))
        {
            var (k, member) = Split(field);
            return $"Limits[{limitRows[k]}].{member}";
        }
        return field;
    }

    private void Pad()
    {
        var bandsFilled = Bands.Count(b =>
            !string.IsNullOrWhiteSpace(b.From)
            || !string.IsNullOrWhiteSpace(b.Route)
            || !string.IsNullOrWhiteSpace(b.Quotes)
        );
        while (Bands.Count < Math.Min(PurchasingRules.MaxBands, bandsFilled + BlankRows))
            Bands.Add(new BandRow());
        var limitsFilled = Limits.Count(l => !string.IsNullOrWhiteSpace(l.Role) || !string.IsNullOrWhiteSpace(l.Limit));
        while (Limits.Count < limitsFilled + BlankRows)
            Limits.Add(new LimitRow());
    }

    private async Task<bool> LoadAsync()
    {
        var (chosen, _) = await OrganisationChoice.ViewingAsync(
            db,
            user,
            Policies.PurchasingRulesWrite,
            OrganisationId
        );
        if (chosen is null)
            return false;
        Organisation = chosen;
        OrganisationId = chosen.Id;
        var today = UkCalendar.Today(clock);
        var versions = await PurchasingRuleVersions.ListAsync(db, chosen.Id);
        Current = versions.FirstOrDefault(); // the newest: a newer version never comes into force before an older one
        NextVersion = versions.Count == 0 ? 1 : versions.Max(v => v.VersionNumber) + 1;
        Statutory = PurchasingRuleVersions.StatutoryThreshold(chosen.Type, today);
        var proposals = await db
            .ProcessChangeProposals.AsNoTracking()
            .Where(p => p.OrganisationId == chosen.Id && p.Status == ProcessChangeStatus.Agreed)
            .Select(p => new
            {
                p.Id,
                p.WhatToChange,
                p.DecidedAt,
            })
            .ToListAsync();
        proposals = [.. proposals.OrderByDescending(p => p.DecidedAt).Take(50)];
        Proposals =
            proposals.Count == 0
                ? []
                :
                [
                    new("Not linked to a proposal", ""),
                    .. proposals.Select(p => new SelectListItem(
                        p.WhatToChange.Length > 80 ? p.WhatToChange[..80] + "…" : p.WhatToChange,
                        p.Id.ToString()
                    )),
                ];
        return true;
    }
}
