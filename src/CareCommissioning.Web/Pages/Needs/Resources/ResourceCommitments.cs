namespace CareCommissioning.Web.Pages.Needs.Resources;

/// <summary>
/// Committing part of a resource to a priority, and releasing it, shared by the resources pages and the API: the impact
/// on what is left for everything else is worked out first, and over-committing needs an explicit yes.
/// </summary>
public sealed class ResourceCommitments(AppDbContext db, TimeProvider clock)
{
    public sealed record Outcome(IReadOnlyList<FieldError> Errors, string Impact, bool Conflict = false)
    {
        public bool Saved => Errors.Count == 0 && !Conflict;
    }

    /// <summary>What committing <paramref name="quantity"/> to <paramref name="purpose"/> leaves, in words.</summary>
    public static string Impact(OtherResource r, string purpose, decimal quantity)
    {
        var (after, _) = r.ImpactOf(quantity);
        return $"Committing {NumberInput.Plain(quantity)} {r.Unit} of {r.Name} to {purpose} leaves {NumberInput.Plain(after)} {r.Unit} in {new FinancialYear(r.Year)} for everything else"
            + (
                r.Uses.Count > 0
                    ? $", which already has: {string.Join("; ", r.Uses.Select(u => $"{u.Purpose} ({NumberInput.Plain(u.Quantity)})"))}."
                    : "."
            );
    }

    public static IReadOnlyList<FieldError> ValidateUse(string? purpose, decimal quantity)
    {
        var errors = new FieldErrors();
        errors.Text(
            "Purpose",
            purpose,
            200,
            "Enter the priority or purpose it is committed to",
            "The purpose must be 200 characters or fewer"
        );
        if (quantity <= 0)
            errors.Add("Quantity", "Enter how much to commit, a number more than 0");
        else if (quantity > 1_000_000_000m)
            errors.Add("Quantity", "How much must be 1,000,000,000 or less");
        return errors;
    }

    /// <summary>Commits part of a tracked resource, saving against <paramref name="version"/> (the one the person
    /// read).</summary>
    public async Task<Outcome> CommitAsync(
        OtherResource resource,
        int version,
        string? purpose,
        Guid? appraisalId,
        decimal quantity,
        bool confirmOverCommit
    )
    {
        var errors = ValidateUse(purpose, quantity);
        if (errors.Count > 0)
            return new Outcome(errors, "");
        var impact = Impact(resource, purpose!.Trim(), quantity);
        if (resource.ImpactOf(quantity).OverCommitted && !confirmOverCommit)
            return new Outcome(
                [
                    new(
                        "Confirm",
                        $"That is more than is left ({NumberInput.Plain(resource.Remaining)} {resource.Unit}). Commit less, or confirm to over-commit it and record the shortfall"
                    ),
                ],
                impact
            );
        resource.Uses.Add(
            new ResourceUse
            {
                Purpose = purpose.Trim(),
                AppraisalId = appraisalId,
                Quantity = quantity,
            }
        );
        return await SaveAsync(resource, version, impact);
    }

    /// <summary>Releases one commitment, so what it held is free for other priorities again.</summary>
    public async Task<Outcome> ReleaseAsync(OtherResource resource, int version, Guid useId)
    {
        var use = resource.Uses.FirstOrDefault(u => u.Id == useId);
        if (use is null)
            return new Outcome([new("UseId", "That commitment is not on this resource")], "");
        resource.Uses.Remove(use);
        return await SaveAsync(
            resource,
            version,
            $"{NumberInput.Plain(use.Quantity)} {resource.Unit} committed to {use.Purpose} has been released; {NumberInput.Plain(resource.Remaining)} {resource.Unit} is now left"
        );
    }

    private async Task<Outcome> SaveAsync(OtherResource resource, int version, string impact)
    {
        // The commitments are one JSON column, so a stale save would lose someone else's commitment: the version check
        // prevents it.
        resource.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, resource, version, () =>
            db.OtherResources.AsNoTracking().FirstOrDefaultAsync(r => r.Id == resource.Id)
        );
        return outcome.Saved ? new Outcome([], impact) : new Outcome([], impact, Conflict: true);
    }
}
