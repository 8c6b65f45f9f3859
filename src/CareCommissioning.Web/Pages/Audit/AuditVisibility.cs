namespace CareCommissioning.Web.Pages.Audit;

/// <summary>
/// The audit rows the signed-in user may read (decision 0018). A row of an organisation's record is read by those who
/// hold a role allowed to read the audit (auditor, administrator) in that organisation. A row about a user account (the
/// account itself, its API tokens) is read by those who hold such a role in an organisation where that account holds
/// a role now. A row of a partnership's record is read, too, by those who hold such a role in any of its partner
/// organisations (while the organisation is a partner: the partner row is read on every request). A row tied to neither (one whose organisation could not be worked out when the column was added) is
/// read by platform administrators only. Every audit page starts from here, so a row outside answers "not found".
/// </summary>
public static class AuditVisibility
{
    public static IQueryable<AuditEntry> VisibleTo(this AppDbContext db, CurrentUser me)
    {
        var organisations = me.OrganisationsFor(Policies.AuditRead).ToList();
        var platform = me.IsPlatformAdministrator;
        var accounts = db.Memberships.Where(m => organisations.Contains(m.OrganisationId)).Select(m => m.UserId);
        var partnerships = db
            .PartnershipPartners.Where(pp => organisations.Contains(pp.OrganisationId))
            .Select(pp => (Guid?)pp.PartnershipId);
        return db
            .AuditEntries.AsNoTracking()
            .Where(e =>
                (e.PartnershipId != null && partnerships.Contains(e.PartnershipId))
                || (
                    e.OrganisationId != null ? organisations.Contains(e.OrganisationId.Value)
                    : e.AccountId != null ? accounts.Contains(e.AccountId)
                    : platform
                )
            );
    }
}
