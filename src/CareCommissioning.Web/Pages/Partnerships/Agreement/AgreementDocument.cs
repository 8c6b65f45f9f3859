using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>
/// The agreement and each partner's budget proposal as one Word document (PB-P12, P13): what a partner's finance team
/// takes to its cabinet or board. Built from the same records the pages show.
/// </summary>
public sealed record AgreementDocument(
    PartnershipMembership Scope,
    PartnershipAgreement? Agreement,
    IReadOnlyList<YearContributions> Years,
    IReadOnlyDictionary<Guid, PartnershipSignOff> Decisions
)
{
    public static async Task<AgreementDocument> BuildAsync(AppDbContext db, PartnershipMembership scope)
    {
        var id = scope.Partnership.Id;
        var agreement = await db.PartnershipAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.PartnershipId == id);
        var contributions = await db
            .PartnershipContributions.AsNoTracking()
            .Where(c => c.PartnershipId == id)
            .ToListAsync();
        var signOffs = await db.PartnershipSignOffs.AsNoTracking().Where(s => s.PartnershipId == id).ToListAsync();
        return new AgreementDocument(
            scope,
            agreement,
            YearContributions.ByYear(contributions, scope.Partners.Select(p => p.Partner.Id).ToList()),
            agreement is null
                ? new Dictionary<Guid, PartnershipSignOff>()
                : AgreementWorkflow.Current(agreement, signOffs)
        );
    }

    public string FileName =>
        "agreement-"
        + new string(
            Scope.Partnership.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray()
        )
        + ".docx";

    public void WriteDocx(Stream output)
    {
        var p = Scope.Partnership;
        var a = Agreement;
        using var doc = new WordDocument(output, $"{p.Name}: agreement and budget proposal");
        doc.Title($"{p.Name}: agreement and budget proposal");
        doc.Text(
            $"Partners: {string.Join(", ", Scope.Partners.Select(r => r.Organisation + (r.IsHost ? " (host)" : "")))}."
        );
        if (a is null)
            doc.Text("The host has not set out the terms of the agreement yet.");
        else
        {
            doc.Text($"Version {a.AgreementVersion}: {AgreementStatusNames.Display(a.Status)}.");
            doc.Heading(1, "Terms");
            doc.Table(
                "The terms of the agreement",
                ["Term", "What the partners agree"],
                new (string, string?)[]
                {
                    ("Overspends and underspends", AgreementRules.Describe(a, Scope.NameOf)),
                    ("How contributions may vary", a.ContributionVariation),
                    ("Governance board", a.GovernanceBoard),
                    ("Board members", a.BoardMembers),
                    ("Quorum", a.Quorum),
                    ("Delegated limits", a.DelegatedLimits),
                    ("Reporting to the health and wellbeing board", a.HealthAndWellbeingBoardReporting),
                    ("How the activity is carried out with providers", a.ProviderArrangements),
                }.Select(t =>
                    (IReadOnlyList<string>)[t.Item1, string.IsNullOrWhiteSpace(t.Item2) ? "Not provided" : t.Item2]
                )
            );
        }
        doc.Heading(1, "The pool by year");
        doc.Table(
            "Contributions to the pool by year",
            ["Year", "Cash", "In kind", "Pool"],
            Years.Select(y =>
                (IReadOnlyList<string>)
                    [y.Year.ToString(), Display.Money(y.Cash), Display.Money(y.InKind), Display.Money(y.Pool)]
            )
        );
        foreach (var r in Scope.Partners)
        {
            doc.Heading(1, $"Budget proposal of {r.Organisation}");
            doc.Table(
                $"What {r.Organisation} puts into the pool, by year",
                ["Year", "Cash", "In kind", $"{r.Organisation}'s total", "Pool"],
                Years.Select(y =>
                {
                    var m = y.Partners.First(x => x.PartnerId == r.Partner.Id);
                    return (IReadOnlyList<string>)
                        [
                            y.Year.ToString(),
                            Display.Money(m.Cash),
                            Display.Money(m.InKind),
                            Display.Money(m.Total),
                            Display.Money(y.Pool),
                        ];
                })
            );
            doc.Text(
                Decisions.TryGetValue(r.Partner.Id, out var s)
                    ? $"Decision on version {a!.AgreementVersion}: {SignOffDecisionNames.Display(s.Decision)} by {s.DecisionMakers} on {Display.Date(s.DecidedOn)}{(s.Conditions is null ? "" : $", on condition that: {s.Conditions}")}."
                    : "Decision: not yet recorded."
            );
        }
    }
}
