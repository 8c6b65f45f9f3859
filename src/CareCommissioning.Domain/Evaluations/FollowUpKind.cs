namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// What a recommendation starts (EV-P17, P20): a new options appraisal, or a change to a contract, to the purchasing
/// rules or to a pooled-budget agreement. The recommendation keeps the record's id, and the record's page shows the
/// recommendation that started it, so the link is kept both ways.
/// </summary>
public enum FollowUpKind
{
    NewAppraisal = 1,
    ContractChange,
    PurchasingRuleChange,
    PooledBudgetAgreementChange,
}

/// <summary>How each FollowUpKind reads on pages, in documents and in the API.</summary>
public static class FollowUpKindNames
{
    public static string Display(FollowUpKind value) =>
        value switch
        {
            FollowUpKind.NewAppraisal => "A new options appraisal",
            FollowUpKind.ContractChange => "A change to a contract",
            FollowUpKind.PurchasingRuleChange => "A change to the purchasing rules",
            FollowUpKind.PooledBudgetAgreementChange => "A change to a pooled-budget agreement",
            _ => value.ToString(),
        };

    /// <summary>The kind of record the follow-up is, as the audit trail and links name it.</summary>
    public static string RecordType(FollowUpKind value) =>
        value switch
        {
            FollowUpKind.NewAppraisal => "Appraisal",
            FollowUpKind.ContractChange => "Contract",
            FollowUpKind.PurchasingRuleChange => "ProcessChangeProposal",
            FollowUpKind.PooledBudgetAgreementChange => "Partnership",
            _ => value.ToString(),
        };
}
