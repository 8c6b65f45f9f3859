namespace CareCommissioning.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
    : PageModel
{
    public sealed record Link(string Href, string Text, string Description);

    public bool SignedIn { get; private set; }
    public IReadOnlyList<(string Role, string Organisation)> Memberships { get; private set; } = [];
    public IReadOnlyList<Link> Links { get; private set; } = [];

    public async Task OnGetAsync()
    {
        SignedIn = User.Identity?.IsAuthenticated == true;
        if (!SignedIn)
            return;
        var memberships = currentUser.Memberships;
        var orgIds = memberships.Select(m => m.OrganisationId).Distinct().ToList();
        var names = await db
            .Organisations.AsNoTracking()
            .Where(o => orgIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name);
        Memberships = memberships
            .Select(m => (RoleNames.Display(m.Role), names.GetValueOrDefault(m.OrganisationId, "an organisation")))
            .ToList();

        // Every section the navigation offers this user, with what it is for (the home page itself left out).
        Links = (await ServiceSections.ForAsync(User, authorization))
            .Where(s => s.Href != "/")
            .Select(s => new Link(s.Href, s.Text, s.Description))
            .ToList();
    }
}
