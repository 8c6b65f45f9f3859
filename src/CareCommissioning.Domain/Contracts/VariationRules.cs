namespace CareCommissioning.Domain.Contracts;

/// <summary>
/// Proposing, approving and refusing a variation: the business events of a contract change, each checking its own
/// rules. A variation that takes the contract over the threshold of its award route is refused without a written
/// justification, with a message naming the threshold.
/// </summary>
public static class VariationRules
{
    public static IReadOnlyList<FieldError> Validate(
        VariationProposal p,
        Contract contract,
        ContractThreshold threshold
    )
    {
        var errors = new FieldErrors();
        if (!ContractStatusNames.IsOpen(contract.Status))
        {
            errors.Add(
                "",
                $"A contract that is {ContractStatusNames.Display(contract.Status).ToLowerInvariant()} cannot be varied"
            );
            return errors;
        }
        errors.Text(
            nameof(p.Reason),
            p.Reason,
            ContractVariation.TextMaxLength,
            "Enter the reason for the variation",
            $"Reason must be {ContractVariation.TextMaxLength:N0} characters or fewer"
        );
        errors.MaxLength(
            nameof(p.Justification),
            p.Justification,
            ContractVariation.TextMaxLength,
            $"Justification must be {ContractVariation.TextMaxLength:N0} characters or fewer"
        );
        var change = p.ValueChange ?? 0m;
        errors.When(
            change == 0m && p.NewEndDate is null,
            nameof(p.ValueChange),
            "Enter a change to the value, a new end date, or both"
        );
        var after = contract.Value + change;
        if (
            !errors.When(
                after <= 0 || after > Contract.MaxValue,
                nameof(p.ValueChange),
                $"The contract's value after the change must be more than £0 and no more than {MoneyText.InText(Contract.MaxValue)}"
            )
        )
            errors.When(
                threshold.IsCrossedBy(contract.AwardRoute, contract.Value, after)
                    && string.IsNullOrWhiteSpace(p.Justification),
                nameof(p.Justification),
                // A value equal to the threshold counts (the statutory test is "equal to or more than").
                $"This variation takes the contract to {MoneyText.InText(after)}, "
                    + $"{(after == threshold.Amount ? "reaching" : "over")} {threshold.Describe()}: explain why the "
                    + "change is justified"
            );
        errors.When(
            p.NewEndDate is { } end && end < contract.StartDate,
            nameof(p.NewEndDate),
            "New end date must be the same as or after the contract's start date"
        );
        return errors;
    }

    /// <summary>A new variation awaiting a decision (call <see cref="Validate"/> first).</summary>
    public static ContractVariation Propose(
        VariationProposal p,
        Contract contract,
        string userId,
        string userName,
        DateTimeOffset now
    ) =>
        new()
        {
            ContractId = contract.Id,
            Reason = p.Reason!.Trim(),
            Justification = string.IsNullOrWhiteSpace(p.Justification) ? null : p.Justification.Trim(),
            ValueChange = p.ValueChange ?? 0m,
            NewEndDate = p.NewEndDate,
            RequestedByUserId = userId,
            RequestedByName = userName,
            RequestedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };

    /// <summary>
    /// Approves the variation and applies it to the contract, keeping the value before and after. Refused (nothing
    /// changed) when it has been decided already, when the contract can no longer be varied, or when the contract's
    /// value has moved since so that the change now crosses the threshold without a justification.
    /// </summary>
    public static IReadOnlyList<FieldError> Approve(
        ContractVariation v,
        Contract contract,
        ContractThreshold threshold,
        string userId,
        string userName,
        string? note,
        DateTimeOffset now
    )
    {
        var errors = Decidable(v, contract);
        if (errors.Count > 0)
            return errors;
        var after = contract.Value + v.ValueChange;
        if (after <= 0)
            return [new("", "The variation would take the contract's value to £0 or less, so it cannot be approved")];
        if (threshold.IsCrossedBy(contract.AwardRoute, contract.Value, after) && v.Justification is null)
            return
            [
                new(
                    "",
                    $"The variation now takes the contract to {MoneyText.InText(after)}, over {threshold.Describe()}, and has no justification: refuse it and propose it again with one"
                ),
            ];
        v.ValueBefore = contract.Value;
        v.ValueAfter = after;
        contract.Value = after;
        if (v.NewEndDate is { } end)
            contract.EndDate = end;
        contract.UpdatedAt = now;
        Decide(v, VariationStatus.Approved, userId, userName, note, now);
        return [];
    }

    public static IReadOnlyList<FieldError> Refuse(
        ContractVariation v,
        Contract contract,
        string userId,
        string userName,
        string? note,
        DateTimeOffset now
    )
    {
        var errors = Decidable(v, contract);
        if (errors.Count == 0 && string.IsNullOrWhiteSpace(note))
            return [new(nameof(ContractVariation.DecisionNote), "Enter why the variation is refused")];
        if (errors.Count == 0)
            Decide(v, VariationStatus.Refused, userId, userName, note, now);
        return errors;
    }

    private static List<FieldError> Decidable(ContractVariation v, Contract contract)
    {
        if (v.Status != VariationStatus.Proposed)
            return
            [
                new("", $"This variation has been {VariationStatusNames.Display(v.Status).ToLowerInvariant()} already"),
            ];
        if (!ContractStatusNames.IsOpen(contract.Status))
            return
            [
                new(
                    "",
                    $"A contract that is {ContractStatusNames.Display(contract.Status).ToLowerInvariant()} cannot be varied"
                ),
            ];
        return [];
    }

    private static void Decide(
        ContractVariation v,
        VariationStatus status,
        string userId,
        string userName,
        string? note,
        DateTimeOffset now
    )
    {
        v.Status = status;
        v.DecidedByUserId = userId;
        v.DecidedByName = userName;
        v.DecidedAt = now;
        v.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        v.UpdatedAt = now;
    }
}
