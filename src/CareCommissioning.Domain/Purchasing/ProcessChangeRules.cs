using CareCommissioning.Domain.Organisations;

namespace CareCommissioning.Domain.Purchasing;

/// <summary>The rules of proposing, discussing and deciding changes to the purchasing process (PU-P14, P15).</summary>
public static class ProcessChangeRules
{
    public static IReadOnlyList<FieldError> Validate(ProcessChangeProposal p)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(p.WhatToChange),
            p.WhatToChange,
            ProcessChangeProposal.TextMaxLength,
            "Say what should change in the purchasing process",
            "This must be 4,000 characters or fewer"
        );
        errors.Text(
            nameof(p.Why),
            p.Why,
            ProcessChangeProposal.TextMaxLength,
            "Say why it should change",
            "This must be 4,000 characters or fewer"
        );
        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateComment(ProcessChangeProposal p, ProcessChangeComment c)
    {
        var errors = new FieldErrors();
        errors.When(
            p.Status != ProcessChangeStatus.Proposed,
            nameof(c.Text),
            "The discussion closed when the proposal was decided"
        );
        errors.Text(
            nameof(c.Text),
            c.Text,
            ProcessChangeProposal.TextMaxLength,
            "Enter your comment",
            "Comment must be 4,000 characters or fewer"
        );
        return errors;
    }

    /// <summary>Only a procurement specialist decides, once, with a reason; they may not decide their own
    /// proposal.</summary>
    public static Result DecisionRefusal(
        ProcessChangeProposal p,
        string deciderUserId,
        IEnumerable<Role> deciderRoles,
        ProcessChangeStatus decision,
        string? reason
    )
    {
        if (p.Status != ProcessChangeStatus.Proposed)
            return Result.Fail("This proposal has already been decided");
        if (decision == ProcessChangeStatus.Proposed || !Enum.IsDefined(decision))
            return Result.Fail("Select whether the change is agreed or rejected");
        if (!deciderRoles.Contains(Role.ProcurementSpecialist))
            return Result.Fail("Only a procurement specialist can agree or reject a change to the process");
        if (p.ProposedByUserId == deciderUserId)
            return Result.Fail("Another procurement specialist must decide your own proposal");
        if (string.IsNullOrWhiteSpace(reason))
            return Result.Fail(
                decision == ProcessChangeStatus.Agreed
                    ? "Give the reason for agreeing the change"
                    : "Give the reason for rejecting the change"
            );
        return Result.Ok();
    }

    /// <summary>
    /// A procurement specialist agrees or rejects the proposal with a reason (<paramref name="decision"/> null when
    /// none was chosen). Returns the problem keyed by the field it concerns (<c>Decision</c>, <c>DecisionReason</c>, or
    /// "" for a refusal), and changes nothing then.
    /// </summary>
    public static IReadOnlyList<FieldError> Decide(
        ProcessChangeProposal p,
        string deciderUserId,
        IEnumerable<Role> deciderRoles,
        ProcessChangeStatus? decision,
        string? reason,
        DateTimeOffset at
    )
    {
        if (decision is not { } chosen)
            return [new(nameof(ProcessChangeProposal.Status), "Select whether the change is agreed or rejected")];
        if (DecisionRefusal(p, deciderUserId, deciderRoles, chosen, reason) is { Succeeded: false, Error: { } why })
            return
            [
                new(
                    why.StartsWith("Give the reason", StringComparison.Ordinal)
                        ? nameof(ProcessChangeProposal.DecisionReason)
                        : "",
                    why
                ),
            ];
        p.Status = chosen;
        p.DecidedByUserId = deciderUserId;
        p.DecisionReason = reason!.Trim();
        p.DecidedAt = at;
        return [];
    }

    /// <summary>An agreed change may point to the rule-set version that puts it into effect; a rejected one may
    /// not.</summary>
    public static Result LinkRuleSet(ProcessChangeProposal p, PurchasingRuleSet rules)
    {
        if (p.Status != ProcessChangeStatus.Agreed)
            return Result.Fail("Only an agreed change can update the purchasing rules");
        if (rules.OrganisationId != p.OrganisationId)
            return Result.Fail("The rules belong to another organisation");
        p.RuleSetId = rules.Id;
        p.RuleSetVersion = rules.VersionNumber;
        rules.ProcessChangeProposalId = p.Id;
        return Result.Ok();
    }
}
