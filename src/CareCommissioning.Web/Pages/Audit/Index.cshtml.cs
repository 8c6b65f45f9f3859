using CareCommissioning.Web.Pages.Admin;

namespace CareCommissioning.Web.Pages.Audit;

/// <summary>The searchable audit trail, newest first.</summary>
[Authorize(Policy = Policies.AuditRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser me) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? RecordType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RecordId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateInputModel From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInputModel To { get; set; } = new();

    public Paged<AuditEntry> Results { get; private set; } = new([], 1, PageSize, 0);
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<SelectListItem> TypeItems { get; private set; } = [];
    public AuditSearch Search { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        Search = new AuditSearch
        {
            RecordType = RecordType,
            RecordId = RecordId,
            Who = Who,
            Action = Action,
            Text = Text,
            From = From,
            To = To,
        };
        var types = await db.VisibleTo(me).Select(e => e.EntityType).Distinct().ToListAsync();
        if (!string.IsNullOrWhiteSpace(RecordType) && !types.Contains(RecordType))
            types.Add(RecordType);
        TypeItems =
        [
            new SelectListItem("Any type", ""),
            .. types.OrderBy(AuditSearch.TypeName).Select(t => new SelectListItem(AuditSearch.TypeName(t), t)),
        ];

        var query = await Search.QueryAsync(db, me, ModelState);
        if (query is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Results = await ListPaging.ReadAsync(query, Request.Query["page"], PageSize);
        Names = await AuditNames.ForAsync(db, Results.Items);
        return Page();
    }
}
