namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>A partnership as every partner sees it, with its partners.</summary>
public sealed record PartnershipResponse(
    Guid Id,
    string Name,
    ArrangementType Arrangement,
    LegalBasis LegalBasis,
    string? LegalBasisDetail,
    Guid HostOrganisationId,
    string? PooledFundManager,
    string? Functions,
    string? PeopleCovered,
    string? ServicesCovered,
    string? Aims,
    DateOnly? StartDate,
    DateOnly? EndDate,
    DateOnly? ReviewDate,
    string? TerminationTerms,
    PartnershipStatus Status,
    IReadOnlyList<PartnerResponse> Partners,
    int Version,
    DateTimeOffset UpdatedAt
)
{
    public static PartnershipResponse From(Partnership p, IReadOnlyList<PartnershipAccess.PartnerRow> partners) =>
        new(
            p.Id,
            p.Name,
            p.Arrangement,
            p.LegalBasis,
            p.LegalBasisDetail,
            p.OrganisationId,
            p.PooledFundManager,
            p.Functions,
            p.PeopleCovered,
            p.ServicesCovered,
            p.Aims,
            p.StartDate,
            p.EndDate,
            p.ReviewDate,
            p.TerminationTerms,
            p.Status,
            partners.Select(PartnerResponse.From).ToList(),
            p.Version,
            p.UpdatedAt
        );
}

/// <summary>A partner organisation with its constraints and confirmation.</summary>
public sealed record PartnerResponse(
    Guid Id,
    Guid OrganisationId,
    string Organisation,
    bool IsHost,
    string? VatTreatment,
    string? RingFencedGrants,
    int FinancialYearStartMonth,
    decimal? ApprovalLimit,
    string? OtherConstraints,
    DateTimeOffset? ConfirmedAt,
    string? ConfirmedBy
)
{
    public static PartnerResponse From(PartnershipAccess.PartnerRow r) =>
        new(
            r.Partner.Id,
            r.Partner.OrganisationId,
            r.Organisation,
            r.IsHost,
            r.Partner.VatTreatment,
            r.Partner.RingFencedGrants,
            r.Partner.FinancialYearStartMonth,
            r.Partner.ApprovalLimit,
            r.Partner.OtherConstraints,
            r.Partner.ConfirmedAt,
            r.Partner.ConfirmedBy
        );
}

/// <summary>A partnership in a list.</summary>
public sealed record PartnershipSummary(
    Guid Id,
    string Name,
    ArrangementType Arrangement,
    PartnershipStatus Status,
    Guid HostOrganisationId
);
