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

        var links = new List<Link>();
        async Task Add(string policy, Link link)
        {
            if ((await authorization.AuthorizeAsync(User, policy)).Succeeded)
                links.Add(link);
        }
        await Add(
            Policies.NeedsRead,
            new(
                "/needs",
                "Needs and money",
                "service lines, their demand by year and the financial commitment to meet it"
            )
        );
        await Add(
            Policies.StakeholdersRead,
            new("/stakeholders", "Stakeholders", "people and groups you involve, and how they need to be contacted")
        );
        await Add(
            Policies.RisksRead,
            new("/risks", "Risk register", "risks, their scores and mitigation, with a heat map")
        );
        await Add(
            Policies.EvaluationsRead,
            new(
                "/strategies/due",
                "Strategy evaluations due",
                "strategies and policies whose evaluation is overdue or due in the next 90 days"
            )
        );
        await Add(Policies.AuditRead, new("/audit", "Audit trail", "every change to every record"));
        await Add(Policies.Administer, new("/admin", "Administration", "organisations, users and their roles"));
        links.Add(new("/account", "Your account", "change your password and manage API tokens"));
        Links = links;
    }
}
