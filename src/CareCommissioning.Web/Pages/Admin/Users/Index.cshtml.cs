namespace CareCommissioning.Web.Pages.Admin.Users;

/// <summary>The users who hold a role in an organisation you administer.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public const int SearchMaxLength = 200;

    public sealed record Row(
        string Id,
        string Name,
        string Email,
        bool Disabled,
        bool LockedOut,
        IReadOnlyList<string> Roles
    );

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public Paged<Row> Results { get; private set; } = new([], 1, Paged<Row>.DefaultPageSize, 0);
    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];

    public IEnumerable<SelectListItem> RoleItems =>
        new[] { new SelectListItem("All roles", "") }.Concat(AdminChoices.RoleItems());

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = new AdminScope(db, me);
        var administered = scope.OrganisationIds.ToList();
        var names = await db
            .Organisations.AsNoTracking()
            .Where(o => administered.Contains(o.Id))
            .OrderBy(o => o.Name)
            .ToDictionaryAsync(o => o.Id, o => o.Name);
        OrganisationItems =
        [
            new SelectListItem("All your organisations", ""),
            .. names.Select(n => new SelectListItem(n.Value, n.Key.ToString())),
        ];

        var term = Search?.Trim();
        if (term is { Length: > SearchMaxLength })
        {
            ModelState.AddModelError(nameof(Search), $"Search must be {SearchMaxLength} characters or fewer");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Filter on memberships in the organisations you administer: the organisation and role filters narrow those.
        var memberships = db.Memberships.Where(m => administered.Contains(m.OrganisationId));
        if (Guid.TryParse(Organisation, out var orgId) && administered.Contains(orgId))
            memberships = memberships.Where(m => m.OrganisationId == orgId);
        else
            Organisation = null;
        if (AdminChoices.TryParse<Role>(Role, out var role))
            memberships = memberships.Where(m => m.Role == role);
        else
            Role = null;

        var users = db.Users.AsNoTracking().Where(u => memberships.Any(m => m.UserId == u.Id));
        if (!string.IsNullOrEmpty(term))
        {
            var lower = term.ToLowerInvariant();
            var upper = term.ToUpperInvariant();
            users = users.Where(u =>
                u.DisplayName.ToLower().Contains(lower)
                || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(upper))
            );
        }

        var page = await ListPaging.ReadAsync(
            users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email),
            Request.Query["page"],
            Paged<Row>.DefaultPageSize
        );
        var ids = page.Items.Select(u => u.Id).ToList();
        var held = await db
            .Memberships.AsNoTracking()
            .Where(m => ids.Contains(m.UserId) && administered.Contains(m.OrganisationId))
            .ToListAsync();
        var now = clock.GetUtcNow();
        var rows = page
            .Items.Select(u => new Row(
                u.Id,
                u.DisplayName,
                u.Email ?? "",
                u.Disabled,
                u.LockoutEnd > now,
                held.Where(m => m.UserId == u.Id)
                    .OrderBy(m => names.GetValueOrDefault(m.OrganisationId))
                    .ThenBy(m => m.Role)
                    .Select(m =>
                        names.Count > 1
                            ? $"{RoleNames.Display(m.Role)} ({names.GetValueOrDefault(m.OrganisationId)})"
                            : RoleNames.Display(m.Role)
                    )
                    .ToList()
            ))
            .ToList();
        Results = new Paged<Row>(rows, page.Page, page.PageSize, page.Total);
        return Page();
    }
}
