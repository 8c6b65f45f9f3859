namespace CareCommissioning.Web.Pages.Notices;

/// <summary>The signed-in person's messages, newest first; opening the list marks them read, which the sender can
/// see.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Notice> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var mine = await db
            .Notices.Where(n => n.RecipientUserId == user.Id)
            .OrderByDescending(n => n.CreatedAt)
            .Take(100)
            .ToListAsync();
        Messages = mine.Select(n => new Notice
            {
                Id = n.Id,
                OrganisationId = n.OrganisationId,
                SubjectType = n.SubjectType,
                SubjectId = n.SubjectId,
                RecipientName = n.RecipientName,
                Format = n.Format,
                Title = n.Title,
                Body = n.Body,
                CreatedAt = n.CreatedAt,
                ReadAt = n.ReadAt,
                Channel = n.Channel,
            })
            .ToList();
        var now = clock.GetUtcNow();
        foreach (var n in mine.Where(n => n.ReadAt is null))
            n.ReadAt = now;
        if (db.ChangeTracker.HasChanges())
            await db.SaveChangesAsync();
        return Page();
    }
}
