namespace CareCommissioning.Web.Pages.Partnerships.Plan;

/// <summary>
/// Proposing or changing a line of the joint commissioning plan: a priority area (PB-P3) or an outcome with the partner
/// responsible (PB-P4), with who was involved in agreeing it and when it was agreed. Any partner's writers may; the
/// plan is shared, so a save over someone's newer one is refused with the answers kept.
/// </summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class ItemModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public Partnership Partnership { get; private set; } = default!;
    public IReadOnlyList<PartnershipAccess.PartnerRow> Partners { get; private set; } = [];
    public PlanItemKind Kind { get; private set; }
    public IReadOnlyList<PlanEngagements.Shared> Engagements { get; private set; } = [];
    public bool Adding { get; private set; }

    [BindProperty]
    public ItemForm Input { get; set; } = new();

    public sealed class ItemForm
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? ResponsiblePartnerId { get; set; }
        public string? Involvement { get; set; }
        public string? EngagementId { get; set; }
        public DateInputModel AgreedOn { get; set; } = new();
        public int Version { get; set; }
    }

    public string Heading =>
        (Adding, Kind) switch
        {
            (true, PlanItemKind.Outcome) => "Propose an outcome",
            (true, _) => "Propose a priority area",
            (false, PlanItemKind.Outcome) => "Change the outcome",
            _ => "Change the priority area",
        };

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? itemId, PlanItemKind? kind)
    {
        var item = await LoadAsync(id, itemId, kind, track: false);
        if (item is null)
            return NotFound();
        if (!Adding)
            Input = new ItemForm
            {
                Title = item.Title,
                Description = item.Description,
                ResponsiblePartnerId = item.ResponsiblePartnerId?.ToString(),
                Involvement = item.Involvement,
                EngagementId = item.EngagementId?.ToString(),
                AgreedOn = DateInputModel.From(item.AgreedOn),
                Version = item.Version,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? itemId, PlanItemKind? kind)
    {
        var item = await LoadAsync(id, itemId, kind, track: true);
        if (item is null)
            return NotFound();
        var problem = Input.AgreedOn.TryParse("The date it was agreed", out var agreedOn);
        if (problem is not null)
            ModelState.AddModelError("Input.AgreedOn", problem);
        var details = new PlanItemDetails(
            Clean(Input.Title),
            Clean(Input.Description),
            Guid.TryParse(Input.ResponsiblePartnerId, out var partner) ? partner : null,
            Clean(Input.Involvement),
            agreedOn,
            Guid.TryParse(Input.EngagementId, out var engagement) ? engagement : null
        );
        if (!string.IsNullOrWhiteSpace(Input.EngagementId) && details.EngagementId is null)
            ModelState.AddModelError("Input.EngagementId", "Select an engagement of one of the partners, or none");
        ModelState.AddDomainErrors(
            nameof(Input),
            PlanItemRules.Validate(
                Kind,
                details,
                Partners.Select(p => p.Partner.Id).ToList(),
                UkCalendar.DateOf(clock.GetUtcNow()),
                Engagements.Select(e => e.Id).ToList()
            )
        );
        if (!ModelState.IsValid)
            return Page();
        details.ApplyTo(item);
        if (Adding)
        {
            db.PlanItems.Add(item);
            await db.SaveChangesAsync();
        }
        else
        {
            var outcome = await VersionedSave.SaveAsync(db, item, Input.Version, () =>
                db.PlanItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == item.Id)
            );
            if (!outcome.Saved)
            {
                ModelState.AddModelError(string.Empty, ConflictMessages.Edited("plan"));
                Input.Version = outcome.Current?.Version ?? Input.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }
        }
        TempData[PageKeys.SuccessMessage] = Adding
            ? $"'{item.Title}' has been added to the plan"
            : $"'{item.Title}' has been saved";
        return Redirect(this.Links().Plan(id));
    }

    /// <summary>The line to change, or a new one of <paramref name="kind"/>; null where the user may not.</summary>
    private async Task<PlanItem?> LoadAsync(Guid id, Guid? itemId, PlanItemKind? kind, bool track)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsWrite);
        if (partnership is null)
            return null;
        (Partnership, Partners) = (partnership, await PartnershipAccess.PartnersAsync(db, partnership));
        Engagements = await PlanEngagements.OfPartnersAsync(
            db,
            Partners.Select(p => p.Partner.OrganisationId).ToList()
        );
        Adding = itemId is null;
        if (Adding)
        {
            if (kind is not { } k || !Enum.IsDefined(k))
                return null;
            Kind = k;
            return new PlanItem
            {
                PartnershipId = id,
                Kind = k,
                Title = "",
            };
        }
        var items = track ? db.PlanItems : db.PlanItems.AsNoTracking();
        var item = await items.FirstOrDefaultAsync(i => i.Id == itemId && i.PartnershipId == id);
        if (item is not null)
            Kind = item.Kind;
        return item;
    }

    public IEnumerable<SelectListItem> EngagementItems =>
        [
            new("None: agreed another way", ""),
            .. Engagements.Select(e => new SelectListItem(
                $"{e.Title} ({e.Responses} {(e.Responses == 1 ? "response" : "responses")})",
                e.Id.ToString()
            )),
        ];

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public IEnumerable<SelectListItem> PartnerItems =>
        [
            new("Select a partner", ""),
            .. Partners.Select(p => new SelectListItem(p.Organisation, p.Partner.Id.ToString())),
        ];
}
