using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>
/// The contract document drafted from a design (CD-P13): the parties (the provider left to fill in), the outcomes with
/// their indicators and targets, the objectives, the contract type and price, how to implement it (CD-P6), and each
/// provision under the heading of its kind. Built from the same records the design's page shows.
/// </summary>
public sealed record ContractDesignDocument(
    ContractDesign Design,
    string Organisation,
    IReadOnlyList<ContractOutcome> Outcomes,
    IReadOnlyList<ContractProvision> Provisions
)
{
    public static async Task<ContractDesignDocument> BuildAsync(AppDbContext db, ContractDesign design)
    {
        var organisation = await db
            .Organisations.Where(o => o.Id == design.OrganisationId)
            .Select(o => o.Name)
            .FirstAsync();
        var provisions = await db
            .ContractProvisions.AsNoTracking()
            .Where(p => p.DesignId == design.Id)
            .OrderBy(p => p.Kind)
            .ThenBy(p => p.Title)
            .ToListAsync();
        return new ContractDesignDocument(
            design,
            organisation,
            await DesignAccess.OutcomesAsync(db, design),
            provisions
        );
    }

    public string FileName =>
        "contract-"
        + new string(Design.Title.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray())
        + ".docx";

    private string OutcomeTitle(Guid? id) => Outcomes.FirstOrDefault(o => o.Id == id)?.Title ?? "";

    public void WriteDocx(Stream output)
    {
        var d = Design;
        using var doc = new WordDocument(output, $"Contract: {d.Title}");
        doc.Title($"Contract: {d.Title}");
        doc.Text(
            d.Status == DesignStatus.Ready
                ? "Drafted from a contract design marked as ready."
                : "A draft from a contract design that is not ready yet."
        );
        doc.Heading(1, "1. The parties");
        doc.Text($"This contract is between {Organisation} (\"the commissioner\") and");
        doc.Text("[The provider's registered name, address and company number] (\"the provider\").", bold: true);

        doc.Heading(1, "2. The outcomes");
        doc.Text("The provider will deliver the service to achieve these outcomes, measured as shown.");
        doc.Table(
            "The outcomes, with their indicators and targets",
            ["Outcome", "Indicator", "Target"],
            Outcomes.Select(o =>
                (IReadOnlyList<string>)[o.Title, o.Indicator ?? "To be agreed", o.Target ?? "To be agreed"]
            )
        );

        doc.Heading(1, "3. The objectives");
        if (d.Objectives.Count == 0)
            doc.Text("None set.");
        else
            doc.Table(
                "The contract objectives and how each will be achieved",
                ["Kind", "Objective", "How it will be achieved"],
                d.Objectives.Select(o =>
                    (IReadOnlyList<string>)[ObjectiveCategoryNames.Display(o.Category), o.Objective, o.HowAchieved]
                )
            );

        doc.Heading(1, "4. The kind of contract and its price");
        doc.Text(
            d.RecommendedType is { } type
                ? $"{ContractTypeNames.Display(type)}: {ContractTypeNames.Hint(type).ToLowerInvariant()}."
                : "The kind of contract is to be decided."
        );
        if (d.TypeReason is not null)
            doc.Text(d.TypeReason);
        if (d.Costs.Count > 0)
        {
            doc.Table(
                "The price of each outcome over the contract",
                ["Outcome", "Unit", "Unit price", "Units a year", "Years", "Price"],
                d.Costs.Select(c =>
                    (IReadOnlyList<string>)
                        [
                            OutcomeTitle(c.OutcomeId),
                            c.Unit,
                            MoneyText.Format(c.UnitCost),
                            c.UnitsPerYear.ToString("#,0.##"),
                            c.Years.ToString(),
                            MoneyText.Format(c.Cost),
                        ]
                )
            );
            doc.Text($"The whole price over the contract: {MoneyText.Format(d.TotalCost)}.", bold: true);
        }

        doc.Heading(1, "5. Implementing the contract");
        doc.Text(d.Implementation ?? "To be agreed at mobilisation.");

        doc.Heading(1, "6. Provisions");
        if (Provisions.Count == 0)
            doc.Text("None yet.");
        foreach (var kind in Provisions.GroupBy(p => p.Kind))
        {
            doc.Heading(2, ProvisionKindNames.Display(kind.Key));
            foreach (var p in kind)
            {
                doc.Heading(3, p.Title);
                doc.Text(p.Text);
                var worth = DesignText.Worth(p);
                if (worth.Length > 0)
                    doc.Text(p.Kind == ProvisionKind.Milestone ? $"By {worth}." : $"Worth {worth}.");
                if (p.OutcomeId is not null)
                    doc.Text($"For the outcome: {OutcomeTitle(p.OutcomeId)}.");
            }
        }
    }
}
