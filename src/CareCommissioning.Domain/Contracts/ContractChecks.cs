namespace CareCommissioning.Domain.Contracts;

/// <summary>What the rules need to know from outside the contract: the answers looked up in the organisation's
/// registers.</summary>
/// <param name="SupplierOnRegister">The supplier chosen is on the organisation's register.</param>
/// <param name="ProviderIsCareProvider">The provider organisation chosen is a care provider in the product; null when
/// none was chosen.</param>
/// <param name="ReferenceInUse">Another contract of the organisation has the reference already.</param>
/// <param name="AppraisalDecided">The options appraisal named is a decided one of the organisation; null when none was
/// named.</param>
public sealed record ContractChecks(
    bool SupplierOnRegister,
    bool? ProviderIsCareProvider,
    bool ReferenceInUse,
    bool? AppraisalDecided = null
);
