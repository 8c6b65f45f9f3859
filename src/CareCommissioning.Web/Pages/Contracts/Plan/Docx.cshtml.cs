using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>The implementation plan as a Word document (CD-P17), to give to people outside the product: the plan,
/// its activities and links, how it stands, and its versions.</summary>
[Authorize(Policy = Policies.ContractsRead)]
public sealed class DocxModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var v = await PlanView.LoadAsync(db, user, id, UkCalendar.Today(clock));
        if (v?.Plan is not { } p)
            return NotFound();
        var stream = new MemoryStream();
        using (var doc = new WordDocument(stream, $"Implementation plan: {v.Contract.Title}"))
        {
            doc.Title("Implementation plan").Heading(1, $"{v.Contract.Reference}: {v.Contract.Title}");
            doc.Text($"Version {p.PlanVersion}, {Display.Date(UkCalendar.DateOf(p.UpdatedAt))}.");
            doc.Heading(2, "How the plan achieves the priority outcomes").Text(p.Summary);
            doc.Heading(2, "Resources").Text(p.Resources ?? "Not provided.");
            doc.Heading(2, "Contingency")
                .Text($"{Display.Money(p.ContingencyBudget)} set aside, {Display.Money(p.ContingencySpent)} spent.");
            doc.Heading(2, "Activities");
            if (v.Activities.Count == 0)
                doc.Text("No activities yet.");
            else
                doc.Table(
                    "The plan's activities, soonest due first",
                    [
                        "Activity",
                        "Owner",
                        "Resources",
                        "Due",
                        "Status",
                        "Priority outcome",
                        "Regulatory requirement",
                        "Risk",
                        "Contingency",
                    ],
                    v.Activities.Select(a =>
                        (IReadOnlyList<string>)
                            [
                                a.Title,
                                a.Owner,
                                a.Resources ?? "",
                                Display.Date(a.DueDate),
                                MilestoneStatusNames.Display(v.StandingOf(a).Status),
                                v.OutcomeName(a.OutcomeId),
                                a.RegulatoryRequirement ?? "",
                                a.RiskId is null ? "" : v.RiskName(a.RiskId),
                                a.Contingency ?? "",
                            ]
                    )
                );
            doc.Heading(2, "How it stands");
            if (v.Assessment!.InLine)
                doc.Text("In line: nothing needs attention.");
            else
                doc.Bullets(v.Assessment.Flags);
            doc.Heading(2, "Versions and changes");
            doc.Table(
                "Changes to the plan, latest first",
                ["When", "Version", "What changed", "Why"],
                v.Changes.Select(c =>
                    (IReadOnlyList<string>)
                        [Display.DateTime(c.At), c.PlanVersion.ToString(), c.What, c.Reason ?? "While drafting"]
                )
            );
        }
        stream.Position = 0;
        return File(
            stream,
            Appraisals.Documents.DocumentDocxModel.ContentType,
            $"implementation-plan-{TableFile.Slug(v.Contract.Reference)}.docx"
        );
    }
}
