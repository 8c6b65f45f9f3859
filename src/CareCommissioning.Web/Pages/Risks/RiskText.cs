namespace CareCommissioning.Web.Pages.Risks;

/// <summary>How risk values read on pages, in downloads and when comparing two versions.</summary>
public static class RiskText
{
    public static string TagClass(RiskBand band) =>
        band switch
        {
            RiskBand.Low => "govuk-tag--green",
            RiskBand.Moderate => "govuk-tag--yellow",
            RiskBand.High => "govuk-tag--orange",
            _ => "govuk-tag--red",
        };

    public static string Score(int likelihood, int impact) =>
        $"{likelihood * impact} ({RiskBandNames.Display(RiskScoring.Band(likelihood * impact))})";

    public static string Residual(Risk r) =>
        r.ResidualLikelihood is { } l && r.ResidualImpact is { } i ? Score(l, i) : "Not assessed";

    public static IReadOnlyList<FieldDifference> Between(RiskDetails saved, RiskDetails yours)
    {
        var rows = new FieldDifferences();
        void Compare(string field, string? a, string? b) => rows.Compare(field, a, b);
        Compare("Title", saved.Title, yours.Title);
        Compare("Description", saved.Description, yours.Description);
        Compare("Category", saved.Category?.ToString(), yours.Category?.ToString());
        Compare("Owner", saved.Owner, yours.Owner);
        Compare("Likelihood", saved.Likelihood?.ToString(), yours.Likelihood?.ToString());
        Compare("Impact", saved.Impact?.ToString(), yours.Impact?.ToString());
        Compare(
            "Likelihood after mitigation",
            saved.ResidualLikelihood?.ToString(),
            yours.ResidualLikelihood?.ToString()
        );
        Compare("Impact after mitigation", saved.ResidualImpact?.ToString(), yours.ResidualImpact?.ToString());
        Compare("Mitigation actions", saved.Mitigation, yours.Mitigation);
        Compare(
            "Positive risk-taking",
            Display.YesNo(saved.PositiveRiskTaking),
            Display.YesNo(yours.PositiveRiskTaking)
        );
        Compare(
            "Status",
            saved.Status is { } s ? RiskStatusNames.Display(s) : null,
            yours.Status is { } t ? RiskStatusNames.Display(t) : null
        );
        Compare(
            "Review date",
            saved.ReviewDate is { } d ? Display.Date(d) : null,
            yours.ReviewDate is { } e ? Display.Date(e) : null
        );
        return rows.ToList();
    }
}
