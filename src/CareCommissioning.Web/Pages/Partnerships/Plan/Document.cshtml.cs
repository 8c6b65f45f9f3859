using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Partnerships.Plan;

/// <summary>The joint commissioning plan as a Word document (PB-P10), to take to each partner's decision
/// makers.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class DocumentModel(AppDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var plan = await PlanView.LoadAsync(db, user, id);
        if (plan is null)
            return NotFound();
        var stream = new MemoryStream();
        using (var doc = new WordDocument(stream, $"Joint commissioning plan: {plan.Partnership.Name}"))
        {
            doc.Title("Joint commissioning plan").Heading(1, plan.Partnership.Name);
            doc.Text(plan.Partnership.Aims);
            doc.Heading(2, "What each partner expects");
            foreach (var r in plan.Partners)
            {
                var x = r.Partner;
                doc.Heading(3, r.Organisation);
                if (x.ExpectationsGivenAt is null)
                {
                    doc.Text("Not yet given.");
                    continue;
                }
                doc.Text(x.Expectations);
                foreach (
                    var (label, value) in new[]
                    {
                        ("What the partnership should achieve", x.IntendedAchievements),
                        ("Role now", x.CurrentRole),
                        ("Role in future", x.FutureRole),
                        ("Contributions expected", x.IntendedContributions),
                    }
                )
                    if (!string.IsNullOrWhiteSpace(value))
                        doc.Text(label, bold: true).Text(value);
            }
            doc.Heading(2, "Where joint spending should have most effect");
            Items(doc, plan, plan.Priorities, "No priority areas yet.");
            doc.Heading(2, "Outcomes and who is responsible");
            Items(doc, plan, plan.Outcomes, "No outcomes yet.");
        }
        stream.Position = 0;
        return File(
            stream,
            Appraisals.Documents.DocumentDocxModel.ContentType,
            $"joint-commissioning-plan-{TableFile.Slug(plan.Partnership.Name)}.docx"
        );
    }

    private static void Items(WordDocument doc, PlanView plan, IReadOnlyList<PlanItem> items, string none)
    {
        if (items.Count == 0)
        {
            doc.Text(none);
            return;
        }
        doc.Table(
            items[0].Kind == PlanItemKind.Outcome ? "Outcomes" : "Priority areas",
            ["Title", "Responsible", "Detail", "Who was involved", "Agreed"],
            items.Select(i =>
                (IReadOnlyList<string>)
                    [
                        i.Title,
                        i.Kind == PlanItemKind.Outcome ? plan.PartnerName(i.ResponsiblePartnerId) : "All partners",
                        i.Description ?? "",
                        string.Join(
                            " ",
                            new[]
                            {
                                plan.EngagementOf(i) is { } e
                                    ? $"Engagement on {e.Title} ({e.Responses} responses)."
                                    : null,
                                i.Involvement,
                            }.Where(t => !string.IsNullOrWhiteSpace(t))
                        ),
                        i.AgreedOn is { } d ? Display.Date(d) : "Proposed",
                    ]
            )
        );
    }
}
