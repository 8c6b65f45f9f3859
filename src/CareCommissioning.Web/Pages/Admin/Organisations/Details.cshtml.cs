using CareCommissioning.Web.Infrastructure.Audit;

namespace CareCommissioning.Web.Pages.Admin.Organisations;

[Authorize(Policy = Policies.Administer)]
public sealed class DetailsModel(AppDbContext db, CurrentUser me) : PageModel
{
    public Organisation Organisation { get; private set; } = default!;
    public bool CanManage { get; private set; }
    public int MemberCount { get; private set; }

    /// <summary>The organisation's audit trail, only for those who may read that organisation's audit (decision
    /// 0018); the directory itself is open to every administrator.</summary>
    public RecordHistory? History { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
        if (found is null)
            return NotFound();
        Organisation = found;
        CanManage = new AdminScope(db, me).Administers(id);
        MemberCount = await db
            .Memberships.Where(m => m.OrganisationId == id)
            .Select(m => m.UserId)
            .Distinct()
            .CountAsync();
        if (!me.Can(Policies.AuditRead, id))
            return Page();
        History = await RecordHistory.LoadAsync(
            db,
            nameof(Domain.Organisations.Organisation),
            id.ToString(),
            found.Name
        );
        return Page();
    }

    /// <summary>Brings an archived organisation back, refusing a stale page like any other change.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(Guid id, int version)
    {
        if (!new AdminScope(db, me).Administers(id))
            return NotFound();
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id);
        if (organisation is null)
            return NotFound();
        if (!organisation.Archived)
            return Redirect(this.Links().AdminOrganisation(id));
        db.Entry(organisation).Property(o => o.Version).OriginalValue = version;
        organisation.Archived = false;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed it since this page was shown: show them the organisation as it is now.
            return Redirect(this.Links().AdminOrganisation(id));
        }
        TempData[PageKeys.SuccessMessage] = $"{organisation.Name} restored.";
        return Redirect(this.Links().AdminOrganisation(id));
    }
}
