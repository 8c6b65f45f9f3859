namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>One stage at which the outcomes will be agreed with providers, how, and when it is planned
/// (CD-P8).</summary>
public sealed record OutcomeAgreement(AgreementStage Stage, string Method, DateOnly? PlannedOn);
