namespace CareCommissioning.Domain.Partnerships;

/// <summary>Everything a person can set on a partnership itself, as entered (its partners are kept apart).</summary>
public sealed record PartnershipDetails(
    string? Name,
    ArrangementType? Arrangement,
    LegalBasis? LegalBasis,
    string? LegalBasisDetail,
    string? PooledFundManager,
    string? Functions,
    string? PeopleCovered,
    string? ServicesCovered,
    string? Aims,
    DateOnly? StartDate,
    DateOnly? EndDate,
    DateOnly? ReviewDate,
    string? TerminationTerms,
    PartnershipStatus? Status
)
{
    public static PartnershipDetails From(Partnership p) =>
        new(
            p.Name,
            p.Arrangement,
            p.LegalBasis,
            p.LegalBasisDetail,
            p.PooledFundManager,
            p.Functions,
            p.PeopleCovered,
            p.ServicesCovered,
            p.Aims,
            p.StartDate,
            p.EndDate,
            p.ReviewDate,
            p.TerminationTerms,
            p.Status
        );

    /// <summary>Copies valid details onto the entity (call <see cref="PartnershipRules.Validate"/> first).</summary>
    public void ApplyTo(Partnership p)
    {
        p.Name = Name!;
        p.Arrangement = Arrangement!.Value;
        p.LegalBasis = LegalBasis!.Value;
        p.LegalBasisDetail = LegalBasisDetail;
        p.PooledFundManager = PooledFundManager;
        p.Functions = Functions;
        p.PeopleCovered = PeopleCovered;
        p.ServicesCovered = ServicesCovered;
        p.Aims = Aims;
        p.StartDate = StartDate;
        p.EndDate = EndDate;
        p.ReviewDate = ReviewDate;
        p.TerminationTerms = TerminationTerms;
        p.Status = Status ?? PartnershipStatus.Proposed;
    }
}
