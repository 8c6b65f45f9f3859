namespace CareCommissioning.Web.Pages.Purchasing.Rules;

/// <summary>What someone asks for when they make a new version of the purchasing rules (page or API).</summary>
public sealed record RuleSetDraft(
    DateOnly? EffectiveFrom,
    string? ChangeNote,
    Guid? ProcessChangeProposalId,
    List<PurchasingBand> Bands,
    List<ApprovalLimit> ApprovalLimits
);

/// <summary>
/// An organisation's purchasing rules as a series of versions (PU-P4, P15): read them, find the one in force, and add a
/// new one. Versions are never edited: a change is a new version with the next number, so every purchase keeps the
/// version it applied. The pages and the API share this, so they apply the same checks.
/// </summary>
public static class PurchasingRuleVersions
{
    public const int ChangeNoteMaxLength = 2000;

    /// <summary>Every version of the organisation's rules with their bands and limits, newest first.</summary>
    public static async Task<List<PurchasingRuleSet>> ListAsync(AppDbContext db, Guid organisationId)
    {
        var versions = await db
            .PurchasingRuleSets.AsNoTracking()
            .Include(r => r.Bands)
            .Include(r => r.ApprovalLimits)
            .Where(r => r.OrganisationId == organisationId)
            .ToListAsync();
        foreach (var v in versions)
        {
            v.Bands = [.. v.Bands.OrderBy(b => b.From)];
            v.ApprovalLimits =
            [
                .. v.ApprovalLimits.OrderBy(l => l.Limit is null).ThenBy(l => l.Limit).ThenBy(l => l.Role),
            ];
        }
        return [.. versions.OrderByDescending(v => v.VersionNumber)];
    }

    /// <summary>The version in force on a date, with its bands and limits, or null when the organisation has none
    /// yet.</summary>
    public static async Task<PurchasingRuleSet?> InForceAsync(AppDbContext db, Guid organisationId, DateOnly on) =>
        PurchasingRuleSet.InForce(await ListAsync(db, organisationId), on);

    /// <summary>The Procurement Act threshold for the organisation's goods and services on a date: the figure a band
    /// must stay under.</summary>
    public static decimal StatutoryThreshold(OrganisationType type, DateOnly on) =>
        (ProcurementThresholds.InForceOn(on) ?? ProcurementThresholds.All[^1]).GoodsAndServices(
            PurchasingRules.AuthorityTypeOf(type)
        );

    /// <summary>
    /// Checks and saves a new version; returns it, or the field errors (named as in <see cref="RuleSetDraft"/>:
    /// <c>EffectiveFrom</c>, <c>ChangeNote</c>, <c>ProcessChangeProposalId</c>, <c>Bands[i].From</c>…) and saves
    /// nothing.
    /// </summary>
    public static async Task<(PurchasingRuleSet? Saved, IReadOnlyList<FieldError> Errors)> AddAsync(
        AppDbContext db,
        Guid organisationId,
        RuleSetDraft draft,
        string userId,
        DateTimeOffset now,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId);
        var existing = await db
            .PurchasingRuleSets.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId)
            .Select(r => new { r.VersionNumber, r.EffectiveFrom })
            .ToListAsync();
        var latestStart = existing.Count == 0 ? (DateOnly?)null : existing.Max(r => r.EffectiveFrom);

        if (draft.EffectiveFrom is not { } from)
            errors.Add(nameof(draft.EffectiveFrom), "Enter the date the new rules come into force");
        else if (from < today)
            errors.Add(
                nameof(draft.EffectiveFrom),
                "The date the new rules come into force must be today or later: purchases already made keep the rules they used"
            );
        else if (latestStart is { } latest && from < latest)
            errors.Add(
                nameof(draft.EffectiveFrom),
                $"The date the new rules come into force must be on or after {Display.Date(latest)}, when the latest version comes into force"
            );
        else if (from.Year > 2100)
            errors.Add(nameof(draft.EffectiveFrom), "The date the new rules come into force must be in or before 2100");

        var note = string.IsNullOrWhiteSpace(draft.ChangeNote) ? null : draft.ChangeNote.Trim();
        if (note is null)
            errors.Add(nameof(draft.ChangeNote), "Enter what changed and why");
        else if (note.Length > ChangeNoteMaxLength)
            errors.Add(
                nameof(draft.ChangeNote),
                $"What changed and why must be {ChangeNoteMaxLength:N0} characters or fewer"
            );

        ProcessChangeProposal? proposal = null;
        if (draft.ProcessChangeProposalId is { } proposalId)
        {
            proposal = await db.ProcessChangeProposals.SingleOrDefaultAsync(p =>
                p.Id == proposalId && p.OrganisationId == organisationId
            );
            if (proposal is null)
                errors.Add(
                    nameof(draft.ProcessChangeProposalId),
                    "There is no proposal to change the purchasing process with that reference in this organisation"
                );
            else if (proposal.Status != ProcessChangeStatus.Agreed)
                errors.Add(
                    nameof(draft.ProcessChangeProposalId),
                    "That proposal to change the purchasing process has not been agreed, so it cannot be put into effect yet"
                );
        }

        var rules = new PurchasingRuleSet
        {
            OrganisationId = organisationId,
            VersionNumber = existing.Count == 0 ? 1 : existing.Max(r => r.VersionNumber) + 1,
            EffectiveFrom = draft.EffectiveFrom ?? today,
            ChangeNote = note,
            ProcessChangeProposalId = proposal?.Id,
            CreatedAt = now,
            CreatedByUserId = userId,
        };
        rules.Bands =
        [
            .. draft.Bands.Select(b => new PurchasingBand
            {
                RuleSetId = rules.Id,
                From = b.From,
                Route = b.Route,
                QuotesRequired = b.QuotesRequired,
            }),
        ];
        rules.ApprovalLimits =
        [
            .. draft.ApprovalLimits.Select(l => new ApprovalLimit
            {
                RuleSetId = rules.Id,
                Role = l.Role,
                Limit = l.Limit,
            }),
        ];
        errors.AddRange(
            PurchasingRules
                .Validate(rules, StatutoryThreshold(organisation.Type, rules.EffectiveFrom))
                .Where(e => e.Field is not ("EffectiveFrom" or "ChangeNote" or "VersionNumber"))
        );
        if (errors.Count > 0)
            return (null, errors);

        db.PurchasingRuleSets.Add(rules);
        if (proposal is { RuleSetId: null })
        {
            proposal.RuleSetId = rules.Id;
            proposal.RuleSetVersion = rules.VersionNumber;
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone else added a version with the same number at the same moment (the unique index refused this one).
            db.ChangeTracker.Clear();
            return (
                null,
                [
                    new FieldError(
                        "",
                        "Someone else made a new version of the rules at the same time. Check the rules in force, then make your version again"
                    ),
                ]
            );
        }
        return (rules, []);
    }
}
