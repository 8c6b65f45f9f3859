namespace CareCommissioning.Web.Pages.Admin.Organisations;

/// <summary>Every organisation of the installation (a directory, so all are listed); only those you administer can be
/// changed.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(AppDbContext db, CurrentUser me) : PageModel
{
    public const int SearchMaxLength = 200;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public Paged<Organisation> Results { get; private set; } = new([], 1, Paged<Organisation>.DefaultPageSize, 0);
    public AdminScope Scope { get; private set; } = default!;

    /// <summary>Only a platform administrator adds organisations.</summary>
    public bool CanAdd => me.IsPlatformAdministrator;

    public IEnumerable<SelectListItem> TypeItems =>
        new[] { new SelectListItem("All types", "") }.Concat(AdminChoices.Items());

    public static IEnumerable<SelectListItem> StatusItems =>
        [new("Active", ""), new("Archived", "archived"), new("Active and archived", "all")];

    public async Task<IActionResult> OnGetAsync()
    {
        Scope = new AdminScope(db, me);
        var query = db.Organisations.AsNoTracking();
        var term = Search?.Trim();
        if (term is { Length: > SearchMaxLength })
        {
            ModelState.AddModelError(nameof(Search), $"Search must be {SearchMaxLength} characters or fewer");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!string.IsNullOrEmpty(term))
        {
            var lower = term.ToLowerInvariant();
            query = query.Where(o =>
                o.Name.ToLower().Contains(lower) || (o.Code != null && o.Code.ToLower().Contains(lower))
            );
        }
        if (AdminChoices.TryParse<OrganisationType>(Type, out var type))
            query = query.Where(o => o.Type == type);
        else
            Type = null;
        query = Status switch
        {
            "archived" => query.Where(o => o.Archived),
            "all" => query,
            _ => query.Where(o => !o.Archived),
        };
        Results = await ListPaging.ReadAsync(
            query.OrderBy(o => o.Name),
            Request.Query["page"],
            Paged<Organisation>.DefaultPageSize
        );
        return Page();
    }
}
