using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>The filtered register as CSV, with the same filters as the list page.</summary>
[Authorize(Policy = Policies.StakeholdersRead)]
public sealed class ExportModel(AppDbContext db, CurrentUser user) : PageModel
{
    public const int MaxRows = 100_000;

    public async Task<IActionResult> OnGetAsync(
        string? search,
        string? type,
        string? needs,
        string? consent,
        string? archived,
        string? organisation
    )
    {
        var visible = user.OrganisationsFor(Policies.StakeholdersRead);
        var names = await db
            .Organisations.AsNoTracking()
            .Where(o => visible.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name);
        var rows = await IndexModel
            .ToSearch(search, type, needs, consent, archived, organisation)
            .Apply(db.Stakeholders.AsNoTracking(), visible)
            .Take(MaxRows)
            .ToListAsync();
        var csv = Csv.Build(
            [
                "Name",
                "Type",
                "Organisation or group",
                "Email",
                "Telephone",
                "Address",
                "Preferred language",
                "Formats",
                "Advocate needed",
                "Interpreter needed",
                "Agrees to be contacted",
                "Consent recorded on",
                "Archived",
                "Record held by",
            ],
            rows.Select(s =>
                new[]
                {
                    s.Name,
                    StakeholderTypeNames.Display(s.Type),
                    s.Affiliation,
                    s.Email,
                    s.Phone,
                    s.Address,
                    s.PreferredLanguage,
                    CommunicationFormatsNames.Display(s.Formats),
                    Display.YesNo(s.AdvocateNeeded),
                    Display.YesNo(s.InterpreterNeeded),
                    Display.YesNo(s.ConsentToContact),
                    s.ConsentRecordedOn?.ToString("yyyy-MM-dd"),
                    Display.YesNo(s.Archived),
                    names.GetValueOrDefault(s.OrganisationId),
                }
            )
        );
        return File(csv, "text/csv; charset=utf-8", "stakeholders.csv");
    }
}
