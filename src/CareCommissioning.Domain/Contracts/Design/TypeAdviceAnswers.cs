using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>The answers the contract type advice works from (CD-P12): unanswered questions are null.</summary>
public sealed record TypeAdviceAnswers(
    bool? VolumePredictable,
    bool? PersonDirects,
    bool? OutcomesMeasurable,
    ProvidersNeeded? Providers,
    decimal Value,
    string? CpvCode,
    DateOnly StartDate,
    AuthorityType Authority
);
