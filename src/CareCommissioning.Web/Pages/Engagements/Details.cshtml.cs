namespace CareCommissioning.Web.Pages.Engagements;

/// <summary>
/// One engagement as a person taking part sees it: the plain-language summary, outcomes, options and draft
/// recommendation; a form to send a suggestion, draft priority or comment and rank the options while it is open; and
/// their own contributions with replies.
/// </summary>
[Authorize(Policy = Policies.Engage)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class ContributionForm
    {
        public string? Kind { get; set; }
        public string? Text { get; set; }

        /// <summary>Place (1, 2, 3…) for each option by its id; blank for not ranked.</summary>
        public Dictionary<string, string?> Places { get; set; } = [];
    }

    [BindProperty]
    public ContributionForm Input { get; set; } = new();
    public Appraisal Appraisal { get; private set; } = default!;
    public IReadOnlyList<Contribution> Mine { get; private set; } = [];
    public bool Open => Appraisal.Status == AppraisalStatus.EngagementOpen;

    public static IEnumerable<SelectListItem> KindItems =>
        [
            new("A suggestion – an idea for meeting the outcomes", nameof(ContributionKind.Suggestion)),
            new("A draft priority – something you think matters most", nameof(ContributionKind.DraftPriority)),
            new("A comment on the plans", nameof(ContributionKind.Comment)),
        ];

    public IEnumerable<SelectListItem> PlaceItems(int count) =>
        new[] { new SelectListItem("Not ranked", "") }.Concat(
            Enumerable
                .Range(1, count)
                .Select(i => new SelectListItem(
                    Ordinal(i),
                    i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ))
        );

    public IReadOnlyList<OptionEntry> RankableOptions =>
        Appraisal.Content.Options.Where(o => o.Assessment != OptionAssessment.Discounted).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } missing)
            return missing;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } missing)
            return missing;
        if (!Open)
        {
            ModelState.AddModelError(
                string.Empty,
                "This engagement has closed, so it can no longer take contributions. What you sent before is kept below."
            );
            return Page();
        }
        var kind =
            Enum.TryParse<ContributionKind>(Input.Kind, out var k) && Enum.IsDefined(k) ? k : (ContributionKind?)null;
        if (kind is null)
            ModelState.AddModelError("Input.Kind", "Select what you are sending");
        if (string.IsNullOrWhiteSpace(Input.Text))
            ModelState.AddModelError("Input.Text", "Enter your suggestion, priority or comment");
        else if (Input.Text.Length > Contribution.TextMaxLength)
            ModelState.AddModelError(
                "Input.Text",
                $"Your contribution must be {Contribution.TextMaxLength:N0} characters or fewer"
            );
        var options = RankableOptions;
        var places = new List<(Guid Option, int Place)>();
        foreach (var o in options)
        {
            if (!Input.Places.TryGetValue(o.Id.ToString(), out var text) || string.IsNullOrWhiteSpace(text))
                continue;
            if (int.TryParse(text, out var place) && place >= 1 && place <= options.Count)
                places.Add((o.Id, place));
            else
                ModelState.AddModelError($"Input.Places[{o.Id}]", $"Choose a place for {o.Name} from the list");
        }
        if (places.Select(p => p.Place).Distinct().Count() != places.Count)
            ModelState.AddModelError(string.Empty, "Give each option a different place, or leave it not ranked");
        if (!ModelState.IsValid)
            return Page();
        var organisation = await db
            .Organisations.Where(o => user.OrganisationsFor(Policies.Engage).Contains(o.Id))
            .Select(o => o.Name)
            .FirstOrDefaultAsync();
        db.Contributions.Add(
            new Contribution
            {
                AppraisalId = id,
                AuthorUserId = user.Id,
                AuthorName = user.DisplayName,
                AuthorOrganisation = organisation,
                Kind = kind!.Value,
                Text = Input.Text!.Trim(),
                Ranking = places.OrderBy(p => p.Place).Select(p => p.Option).ToList(),
                SubmittedAt = clock.GetUtcNow(),
            }
        );
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] =
            "Thank you. Your contribution has been sent to the commissioners, who will reply here.";
        return Redirect(this.Links().Engagement(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await EngagementAccess.FindAsync(db, user, id) is not { } appraisal)
            return NotFound();
        Appraisal = appraisal;
        // Every option has a place in the form, so an option nobody ranked shows as "not ranked".
        foreach (var o in RankableOptions)
            Input.Places.TryAdd(o.Id.ToString(), null);
        Mine = await db
            .Contributions.AsNoTracking()
            .Where(c => c.AppraisalId == id && c.AuthorUserId == user.Id)
            .OrderByDescending(c => c.SubmittedAt)
            .ToListAsync();
        return null;
    }

    private static string Ordinal(int i) =>
        i switch
        {
            1 => "1st choice",
            2 => "2nd choice",
            3 => "3rd choice",
            _ => $"{i}th choice",
        };
}
