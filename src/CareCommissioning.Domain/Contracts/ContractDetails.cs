namespace CareCommissioning.Domain.Contracts;

/// <summary>Everything a person can set on a contract, as entered.</summary>
public sealed record ContractDetails(
    string? Reference,
    string? Title,
    string? Description,
    Guid? SupplierId,
    Guid? ProviderOrganisationId,
    ContractType? Type,
    ContractStatus? Status,
    string? CpvCode,
    AwardRoute? AwardRoute,
    decimal? Value,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? ExtensionMonthsAvailable,
    DateOnly? BreakDate,
    DateOnly? ReviewDate,
    Guid? AppraisalId
)
{
    public static ContractDetails From(Contract c) =>
        new(
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
            c.AppraisalId
        );

    /// <summary>Copies valid details onto the entity (call <see cref="ContractRules.Validate"/> first).</summary>
    public void ApplyTo(Contract c)
    {
        c.Reference = Reference!;
        c.Title = Title!;
        c.Description = Description;
        c.SupplierId = SupplierId!.Value;
        c.ProviderOrganisationId = ProviderOrganisationId;
        c.Type = Type!.Value;
        c.Status = Status ?? ContractStatus.Draft;
        c.CpvCode = Purchasing.CpvCode.Normalise(CpvCode)!;
        c.AwardRoute = AwardRoute!.Value;
        c.Value = Value!.Value;
        c.StartDate = StartDate!.Value;
        c.EndDate = EndDate!.Value;
        c.ExtensionMonthsAvailable = ExtensionMonthsAvailable ?? 0;
        c.BreakDate = BreakDate;
        c.ReviewDate = ReviewDate;
        c.AppraisalId = AppraisalId;
    }
}
