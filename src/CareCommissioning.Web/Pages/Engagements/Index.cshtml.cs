namespace CareCommissioning.Web.Pages.Engagements;

/// <summary>The engagements the person is invited to, open ones first.</summary>
[Authorize(Policy = Policies.Engage)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public IReadOnlyList<Appraisal> Engagements { get; private set; } = [];

    public async Task OnGetAsync() =>
        Engagements = (await EngagementAccess.VisibleAsync(db, user))
            .OrderBy(a => a.Status == AppraisalStatus.EngagementOpen ? 0 : 1)
            .ToList();
}
