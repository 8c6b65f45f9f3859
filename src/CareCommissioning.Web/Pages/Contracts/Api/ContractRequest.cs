using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Pages.Contracts.Api;

/// <summary>A contract's details for create (POST) and full update (PUT, which also needs <see
/// cref="Version"/>).</summary>
public sealed record ContractRequest
{
    [MaxLength(Contract.ReferenceMaxLength)]
    public required string Reference { get; init; }

    [MaxLength(Contract.TitleMaxLength)]
    public required string Title { get; init; }

    [MaxLength(Contract.TextMaxLength)]
    public string? Description { get; init; }

    /// <summary>A supplier on the commissioning organisation's register.</summary>
    public required Guid SupplierId { get; init; }

    /// <summary>The care provider organisation whose Provider users see the contract, if any.</summary>
    public Guid? ProviderOrganisationId { get; init; }

    public required ContractType Type { get; init; }

    public ContractStatus Status { get; set; } = ContractStatus.Draft;

    /// <summary>The main CPV 2008 code: 8 digits (85311200) or with its check digit (85311200-4); kept with the check
    /// digit.</summary>
    [MaxLength(10)]
    public required string CpvCode { get; init; }

    public required AwardRoute AwardRoute { get; init; }

    /// <summary>The whole-life value in pounds, including VAT.</summary>
    [Range(0.01, 10_000_000_000)]
    public required decimal Value { get; init; }

    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }

    [Range(0, Contract.MaxExtensionMonths)]
    public int ExtensionMonthsAvailable { get; init; }
    public DateOnly? BreakDate { get; init; }
    public DateOnly? ReviewDate { get; init; }

    /// <summary>A decided options appraisal of the organisation the contract came from.</summary>
    public Guid? AppraisalId { get; init; }

    /// <summary>The commissioning organisation (create only; defaults to your only organisation where you keep
    /// contracts).</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>For PUT: the version you read. A stale version is refused with 409.</summary>
    public int? Version { get; init; }

    public ContractDetails ToDetails() =>
        new(
            Clean(Reference),
            Clean(Title),
            Clean(Description),
            SupplierId,
            ProviderOrganisationId,
            Type,
            Status,
            Clean(CpvCode),
            AwardRoute,
            Value,
            StartDate,
            EndDate,
            ExtensionMonthsAvailable,
            BreakDate,
            ReviewDate,
            AppraisalId
        );

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A proposed variation: its reason and a change to the value, the end date or both.</summary>
public sealed record VariationRequest
{
    [MaxLength(ContractVariation.TextMaxLength)]
    public required string Reason { get; init; }

    /// <summary>The change to the whole-life value in pounds: positive for more, negative for less.</summary>
    public decimal? ValueChange { get; init; }

    public DateOnly? NewEndDate { get; init; }

    /// <summary>Needed when the change takes the contract over the threshold of its award route.</summary>
    [MaxLength(ContractVariation.TextMaxLength)]
    public string? Justification { get; init; }

    public VariationProposal ToProposal() => new(Reason, ValueChange, NewEndDate, Justification);
}

/// <summary>A decision on a proposed variation.</summary>
public sealed record VariationDecisionRequest
{
    public required bool Approve { get; init; }

    /// <summary>The reasons for the decision; needed to refuse.</summary>
    [MaxLength(ContractVariation.TextMaxLength)]
    public string? Note { get; init; }
}
