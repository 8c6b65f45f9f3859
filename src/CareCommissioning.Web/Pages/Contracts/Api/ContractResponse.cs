namespace CareCommissioning.Web.Pages.Contracts.Api;

/// <summary>A contract as the API answers it.</summary>
public sealed record ContractResponse(
    Guid Id,
    Guid OrganisationId,
    string Reference,
    string Title,
    string? Description,
    Guid SupplierId,
    Guid? ProviderOrganisationId,
    ContractType Type,
    ContractStatus Status,
    string CpvCode,
    AwardRoute AwardRoute,
    decimal Value,
    DateOnly StartDate,
    DateOnly EndDate,
    int ExtensionMonthsAvailable,
    DateOnly? BreakDate,
    DateOnly? ReviewDate,
    Guid? AppraisalId,
    int Version
)
{
    public static ContractResponse From(Contract c) =>
        new(
            c.Id,
            c.OrganisationId,
            c.Reference,
            c.Title,
            c.Description,
            c.SupplierId,
            c.ProviderOrganisationId,
            c.Type,
            c.Status,
            c.CpvCode,
            c.AwardRoute,
            c.Value,
            c.StartDate,
            c.EndDate,
            c.ExtensionMonthsAvailable,
            c.BreakDate,
            c.ReviewDate,
            c.AppraisalId,
            c.Version
        );
}

/// <summary>A contract in a list, with its supplier's name.</summary>
public sealed record ContractSummary(
    Guid Id,
    string Reference,
    string Title,
    string Supplier,
    ContractType Type,
    ContractStatus Status,
    decimal Value,
    DateOnly StartDate,
    DateOnly EndDate
)
{
    public static ContractSummary From(ContractRow r) =>
        new(r.Id, r.Reference, r.Title, r.Supplier, r.Type, r.Status, r.Value, r.StartDate, r.EndDate);
}

/// <summary>A variation with its decision and, once approved, the value before and after it.</summary>
public sealed record VariationResponse(
    Guid Id,
    Guid ContractId,
    string Reason,
    string? Justification,
    decimal ValueChange,
    DateOnly? NewEndDate,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    VariationStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionNote,
    decimal? ValueBefore,
    decimal? ValueAfter
)
{
    public static VariationResponse From(ContractVariation v) =>
        new(
            v.Id,
            v.ContractId,
            v.Reason,
            v.Justification,
            v.ValueChange,
            v.NewEndDate,
            v.RequestedByName,
            v.RequestedAt,
            v.Status,
            v.DecidedByName,
            v.DecidedAt,
            v.DecisionNote,
            v.ValueBefore,
            v.ValueAfter
        );
}
