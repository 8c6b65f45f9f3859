namespace CareCommissioning.Domain.Resources;

public enum VirementStatus
{
    Requested = 1,
    Approved = 2,
    Rejected = 3,
}

/// <summary>
/// Moving money between budget heads in one financial year (OA-P3, P11): requested with a reason, approved or rejected
/// by someone else with the authority to, and applied to both heads' allocations only when approved.
/// </summary>
public sealed class Virement : IAudited, IVersioned, IOrganisationOwned
{
    public const int ReasonMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid FromHeadId { get; set; }
    public Guid ToHeadId { get; set; }
    public int Year { get; set; }
    public decimal Amount { get; set; }
    public required string Reason { get; set; }
    public VirementStatus Status { get; set; } = VirementStatus.Requested;
    public required string RequestedBy { get; set; }
    public string RequestedById { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}

public static class VirementRules
{
    /// <summary>Why the request cannot be made, by field; empty when it can.</summary>
    public static IReadOnlyList<FieldError> ValidateRequest(Virement v, decimal? fromHeadAvailable)
    {
        var errors = new List<FieldError>();
        if (v.FromHeadId == Guid.Empty)
            errors.Add(new("FromHeadId", "Select the budget head the money comes from"));
        if (v.ToHeadId == Guid.Empty)
            errors.Add(new("ToHeadId", "Select the budget head the money goes to"));
        else if (v.ToHeadId == v.FromHeadId)
            errors.Add(new("ToHeadId", "The money must go to a different budget head"));
        if (v.Year is < 2000 or > 2100)
            errors.Add(new("Year", "Enter the financial year, like 2027/28"));
        if (v.Amount <= 0)
            errors.Add(new("Amount", "The amount must be more than £0"));
        else if (fromHeadAvailable is { } available && v.Amount > available)
            errors.Add(
                new(
                    "Amount",
                    $"The amount must be no more than the {MoneyText.InText(available)} the head holds in that year"
                )
            );
        if (string.IsNullOrWhiteSpace(v.Reason))
            errors.Add(new("Reason", "Enter the reason for moving the money"));
        else if (v.Reason.Length > Virement.ReasonMaxLength)
            errors.Add(new("Reason", "The reason must be 2,000 characters or fewer"));
        return errors;
    }

    /// <summary>
    /// Someone asks to move money: the request is recorded as theirs, at <paramref name="at"/>, if it passes
    /// <see cref="ValidateRequest"/>; the problems otherwise.
    /// </summary>
    public static IReadOnlyList<FieldError> Request(
        Virement v,
        string requesterId,
        string requesterName,
        DateTimeOffset at,
        decimal? fromHeadAvailable
    )
    {
        v.RequestedBy = requesterName;
        v.RequestedById = requesterId;
        v.RequestedAt = at;
        v.Status = VirementStatus.Requested;
        return ValidateRequest(v, fromHeadAvailable);
    }

    /// <summary>
    /// Someone other than the requester approves or rejects it. Approval moves the money from <paramref name="from"/>
    /// to
    /// <paramref name="to"/> (the two heads' allocations in the virement's year) and is refused when the giving head no
    /// longer holds it. Returns why not, or null when done; nothing changes on a refusal.
    /// </summary>
    public static string? Decide(
        Virement v,
        string deciderId,
        string deciderName,
        bool approve,
        string? note,
        BudgetAllocation? from,
        BudgetAllocation to,
        DateTimeOffset at
    )
    {
        var refusal = DecisionRefusal(v, deciderId);
        if (refusal is null && approve && (from is null || from.Amount < v.Amount))
            refusal =
                "The head the money comes from no longer holds that much in that year; reject the virement or ask for less";
        if (refusal is not null)
            return refusal;
        v.Status = approve ? VirementStatus.Approved : VirementStatus.Rejected;
        v.DecidedBy = deciderName;
        v.DecidedAt = at;
        var kept = note?.Trim();
        v.DecisionNote = string.IsNullOrEmpty(kept) ? null : kept[..Math.Min(kept.Length, Virement.ReasonMaxLength)];
        if (!approve)
            return null;
        from!.Amount -= v.Amount;
        to.Amount += v.Amount;
        return null;
    }

    /// <summary>Why the person cannot decide this request, or null when they can.</summary>
    public static string? DecisionRefusal(Virement v, string deciderId) =>
        v.Status != VirementStatus.Requested ? "This virement has already been decided"
        : v.RequestedById == deciderId ? "Someone other than the person who asked for the virement must decide it"
        : null;
}
