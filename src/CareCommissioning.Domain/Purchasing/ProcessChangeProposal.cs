namespace CareCommissioning.Domain.Purchasing;

public enum ProcessChangeStatus
{
    Proposed = 1,
    Agreed = 2,
    Rejected = 3,
}

/// <summary>
/// A proposal to change the purchasing process for future purchases (PU-P15): anyone may propose, people discuss it in
/// comments, a procurement specialist agrees or rejects it with a reason, and an agreed change may point to the new
/// rule-set version.
/// </summary>
public sealed class ProcessChangeProposal : IAudited, IVersioned, IOrganisationOwned
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }

    /// <summary>The purchase whose evaluation prompted it, if any.</summary>
    public Guid? PurchaseRequestId { get; set; }
    public required string ProposedByUserId { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public required string WhatToChange { get; set; }
    public required string Why { get; set; }
    public ProcessChangeStatus Status { get; set; } = ProcessChangeStatus.Proposed;
    public string? DecidedByUserId { get; set; }
    public string? DecisionReason { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The rule-set version that put an agreed change into effect.</summary>
    public Guid? RuleSetId { get; set; }
    public int? RuleSetVersion { get; set; }
    public List<ProcessChangeComment> Comments { get; set; } = [];
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}

/// <summary>One contribution to the discussion of a proposal.</summary>
public sealed class ProcessChangeComment : IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProposalId { get; set; }
    public required string AuthorUserId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset WrittenAt { get; set; }

    public string AuditKey => Id.ToString();
}
