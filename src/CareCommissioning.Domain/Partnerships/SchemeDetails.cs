namespace CareCommissioning.Domain.Partnerships;

/// <summary>A scheme's answers as a page or the API gives them, before they are judged by <see
/// cref="SchemeRules"/>.</summary>
public sealed record SchemeDetails(
    string? Name,
    SchemeType? Type,
    Guid? LeadPartnerId,
    string? Description,
    string? Economies,
    string? EconomiesEvidence,
    string? EconomiesJudgement
)
{
    public static SchemeDetails From(PartnershipScheme s) =>
        new(s.Name, s.Type, s.LeadPartnerId, s.Description, s.Economies, s.EconomiesEvidence, s.EconomiesJudgement);

    /// <summary>Puts acceptable answers on the scheme, blank text as null.</summary>
    public void ApplyTo(PartnershipScheme s)
    {
        s.Name = Name!.Trim();
        s.Type = Type!.Value;
        s.LeadPartnerId = LeadPartnerId!.Value;
        s.Description = Clean(Description);
        s.Economies = Clean(Economies);
        s.EconomiesEvidence = Clean(EconomiesEvidence);
        s.EconomiesJudgement = Clean(EconomiesJudgement);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
