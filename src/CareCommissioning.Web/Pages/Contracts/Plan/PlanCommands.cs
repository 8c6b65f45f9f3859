namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>What happened to a change: saved; refused with the rules it broke; or refused because someone changed the
/// plan since it was read (<see cref="Conflict"/>), with nothing written.</summary>
public sealed record PlanResult<T>(
    T? Saved,
    IReadOnlyList<FieldError> Errors,
    bool Conflict = false,
    bool NotFound = false
)
    where T : class
{
    public static PlanResult<T> Refused(IReadOnlyList<FieldError> errors) => new(null, errors);
}

/// <summary>
/// The changes to a contract's implementation plan, the same for its pages and its API: setting it out and changing
/// it, adding and changing activities, recording who it was shared with, and reflections. Each change is written with
/// its line in the plan's history; one after sharing needs its reason and makes the next version (CD-P20).
/// </summary>
public static class PlanCommands
{
    public const string PlanFirst = "Set out the plan before adding activities";

    public static async Task<PlanResult<ImplementationPlan>> SetAsync(
        AppDbContext db,
        CurrentUser user,
        Contract contract,
        PlanDetails details,
        string? reason,
        int version,
        DateTimeOffset now
    )
    {
        var existing = await db.ImplementationPlans.FirstOrDefaultAsync(p => p.ContractId == contract.Id);
        var errors = new FieldErrors();
        errors.AddRange(ImplementationPlanRules.Validate(details));
        if (existing is not null)
            errors.AddRange(ImplementationPlanRules.ValidateReason(existing, reason));
        if (errors.Count > 0)
            return PlanResult<ImplementationPlan>.Refused(errors);

        var plan = existing
            ?? new ImplementationPlan
            {
                OrganisationId = contract.OrganisationId,
                ContractId = contract.Id,
                Summary = "",
                CreatedAt = now,
            };
        details.ApplyTo(plan);
        var what = existing is null ? "Set out the plan" : "Changed the plan's summary, resources or contingency";
        db.PlanChanges.Add(plan.Change(reason, what, user.DisplayName, now));
        if (existing is null)
            db.ImplementationPlans.Add(plan);
        var saved = await VersionedSave.SaveAsync(db, plan, existing is null ? 0 : version, () =>
            db.ImplementationPlans.AsNoTracking().FirstOrDefaultAsync(p => p.ContractId == contract.Id)
        );
        return saved.Saved ? new(plan, []) : new(saved.Current, [], Conflict: true);
    }

    public static async Task<PlanResult<PlanActivity>> SaveActivityAsync(
        AppDbContext db,
        CurrentUser user,
        Contract contract,
        Guid? activityId,
        ActivityDetails details,
        string? reason,
        int version,
        DateTimeOffset now
    )
    {
        var plan = await db.ImplementationPlans.FirstOrDefaultAsync(p => p.ContractId == contract.Id);
        if (plan is null)
            return PlanResult<PlanActivity>.Refused([new("", PlanFirst)]);
        PlanActivity? existing = null;
        if (activityId is { } id)
        {
            existing = await db.PlanActivities.FirstOrDefaultAsync(a => a.Id == id && a.PlanId == plan.Id);
            if (existing is null)
                return new(null, [], NotFound: true);
        }
        var errors = new FieldErrors();
        errors.AddRange(ImplementationPlanRules.Validate(details, UkCalendar.DateOf(now)));
        // A link must be to a record the plan may name: a guessed id of another organisation's is refused.
        if (
            details.OutcomeId is { } o
            && !(await PlanChoices.OutcomesAsync(db, contract.OrganisationId)).ContainsKey(o)
        )
            errors.Add(nameof(details.OutcomeId), "Select one of the priority outcomes listed");
        if (details.ProvisionId is { } pr && !(await PlanChoices.ProvisionsAsync(db, contract)).ContainsKey(pr))
            errors.Add(nameof(details.ProvisionId), "Select one of the contract's provisions listed");
        if (details.RiskId is { } r && !(await PlanChoices.RisksAsync(db, contract.OrganisationId)).ContainsKey(r))
            errors.Add(nameof(details.RiskId), "Select one of the open risks listed");
        errors.AddRange(ImplementationPlanRules.ValidateReason(plan, reason));
        if (errors.Count > 0)
            return PlanResult<PlanActivity>.Refused(errors);

        var activity = existing
            ?? new PlanActivity
            {
                OrganisationId = plan.OrganisationId,
                PlanId = plan.Id,
                Title = "",
                Owner = "",
                CreatedAt = now,
            };
        var before = existing is null ? null : ActivityDetails.From(existing);
        details.ApplyTo(activity);
        activity.UpdatedAt = now;
        if (existing is null)
            db.PlanActivities.Add(activity);
        else
            db.Entry(activity).Property(nameof(IVersioned.Version)).OriginalValue = version;
        db.PlanChanges.Add(plan.Change(reason, PlanChangeText.Describe(before, details), user.DisplayName, now));
        try
        {
            await db.SaveChangesAsync();
            return new(activity, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(null, [], Conflict: true);
        }
    }

    /// <summary>Records that the version the user read was shared; refused as a conflict when the plan has moved on
    /// since, so a version nobody saw is never recorded as given.</summary>
    public static async Task<PlanResult<PlanShare>> ShareAsync(
        AppDbContext db,
        CurrentUser user,
        Contract contract,
        string? recipients,
        PlanFormats formats,
        string? note,
        int planVersion,
        DateTimeOffset now
    )
    {
        var plan = await db.ImplementationPlans.FirstOrDefaultAsync(p => p.ContractId == contract.Id);
        if (plan is null)
            return new(null, [], NotFound: true);
        var errors = ImplementationPlanRules.ValidateShare(recipients, formats);
        if (errors.Count > 0)
            return PlanResult<PlanShare>.Refused(errors);
        if (planVersion != plan.PlanVersion)
            return new(null, [], Conflict: true);
        var share = plan.Share(recipients!, formats, note, user.DisplayName, now);
        db.PlanShares.Add(share);
        try
        {
            await db.SaveChangesAsync();
            return new(share, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(null, [], Conflict: true);
        }
    }

    public static async Task<PlanResult<PlanReflection>> ReflectAsync(
        AppDbContext db,
        CurrentUser user,
        Contract contract,
        string? wentWell,
        string? areas,
        string? actions,
        DateTimeOffset now
    )
    {
        var plan = await db.ImplementationPlans.AsNoTracking().FirstOrDefaultAsync(p => p.ContractId == contract.Id);
        if (plan is null)
            return new(null, [], NotFound: true);
        var errors = ImplementationPlanRules.ValidateReflection(wentWell, areas, actions);
        if (errors.Count > 0)
            return PlanResult<PlanReflection>.Refused(errors);
        var reflection = new PlanReflection
        {
            OrganisationId = plan.OrganisationId,
            PlanId = plan.Id,
            WhatWentWell = wentWell!.Trim(),
            AreasForDevelopment = areas!.Trim(),
            Actions = string.IsNullOrWhiteSpace(actions) ? null : actions.Trim(),
            ByName = user.DisplayName,
            At = now,
        };
        db.PlanReflections.Add(reflection);
        await db.SaveChangesAsync();
        return new(reflection, []);
    }
}

/// <summary>What changed in an activity, in words, for the plan's history.</summary>
public static class PlanChangeText
{
    public static string Describe(ActivityDetails? before, ActivityDetails after)
    {
        var title = after.Title!.Trim();
        if (before is null)
            return $"Added the activity '{title}', due {Display.Date(after.DueDate!.Value)}";
        var parts = new List<string>();
        if (before.Title != title)
            parts.Add($"renamed from '{before.Title}'");
        if (before.DueDate != after.DueDate)
            parts.Add(
                $"moved its due date from {Display.Date(before.DueDate!.Value)} to {Display.Date(after.DueDate!.Value)}"
            );
        if (before.ForecastDate != after.ForecastDate)
            parts.Add($"now expected {Display.Date(after.ForecastDate, "on its due date")}");
        if (before.DoneDate != after.DoneDate && after.DoneDate is { } done)
            parts.Add($"done {Display.Date(done)}");
        if (before.Owner != after.Owner?.Trim())
            parts.Add($"owner now {after.Owner!.Trim()}");
        return $"'{title}': {(parts.Count == 0 ? "changed its details" : string.Join("; ", parts))}";
    }
}
