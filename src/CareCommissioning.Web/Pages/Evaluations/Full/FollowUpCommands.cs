using CareCommissioning.Web.Pages.Appraisals;
using CareCommissioning.Web.Pages.Contracts;
using CareCommissioning.Web.Pages.Partnerships;
using CareCommissioning.Web.Pages.Purchasing;

namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>
/// What an agreed recommendation starts (EV-P17, P20), the same for its page and the API: a new options appraisal
/// (created here, its purpose quoting the recommendation and its evidence), a change to one of the organisation's
/// contracts (its variation is then proposed on the contract), a change to the purchasing rules (a proposal created
/// here) or a change to a pooled-budget agreement the user can see. The recommendation keeps the record's id and the
/// record's page shows the recommendation, so the link is kept both ways.
/// </summary>
public static class FollowUpCommands
{
    public sealed record Started(FollowUpKind Kind, Guid RecordId);

    /// <summary>Starts the follow-up, adding any new record to the context; the caller saves. <paramref
    /// name="recordId"/> is the contract or partnership chosen, where the kind needs one.</summary>
    public static async Task<(IReadOnlyList<FieldError> Errors, Started? Started)> StartAsync(
        AppDbContext db,
        CurrentUser user,
        StrategyEvaluation e,
        StrategyRecommendation r,
        FollowUpKind? kind,
        Guid? recordId,
        TimeProvider clock
    )
    {
        var errors = new FieldErrors();
        var now = clock.GetUtcNow();
        if (errors.When(kind is not { } k || !Enum.IsDefined(k), "FollowUp", "Select what the recommendation starts"))
            return (errors, null);
        // The domain's refusals (not agreed, already started) come before any record is made.
        errors.AddRange(CheckStart(r));
        if (errors.Count > 0)
            return (errors, null);
        Guid? id = null;
        switch (kind!.Value)
        {
            case FollowUpKind.NewAppraisal:
                if (
                    !errors.When(
                        !user.Can(Policies.AppraisalsWrite, e.OrganisationId),
                        "FollowUp",
                        "You may not start options appraisals in the evaluation's organisation"
                    )
                )
                    id = await NewAppraisalAsync(db, e, r, clock, now);
                break;
            case FollowUpKind.ContractChange:
                var contract = recordId is { } c
                    ? await db
                        .Contracts.AsNoTracking()
                        .FirstOrDefaultAsync(x => x.Id == c && x.OrganisationId == e.OrganisationId)
                    : null;
                if (!errors.When(contract is null, "ContractId", "Select the contract to change"))
                    id = contract!.Id;
                break;
            case FollowUpKind.PurchasingRuleChange:
                var proposal = new ProcessChangeProposal
                {
                    OrganisationId = e.OrganisationId,
                    ProposedByUserId = user.Id,
                    ProposedAt = now,
                    WhatToChange = Shorten(r.Text, ProcessChangeProposal.TextMaxLength),
                    Why = Shorten(
                        $"Recommended by the evaluation '{e.Title}' and agreed by {r.DecidedBy}: {r.Rationale}",
                        ProcessChangeProposal.TextMaxLength
                    ),
                };
                errors.AddRange(ProcessChangeRules.Validate(proposal).Select(x => x with { Field = "FollowUp" }));
                if (errors.Count == 0)
                {
                    db.ProcessChangeProposals.Add(proposal);
                    id = proposal.Id;
                }
                break;
            case FollowUpKind.PooledBudgetAgreementChange:
                var partnership = recordId is { } p
                    ? await PartnershipAccess.FindVisibleAsync(db, user, p, Policies.PartnershipsRead)
                    : null;
                if (
                    !errors.When(partnership is null, "PartnershipId", "Select the pooled-budget partnership to change")
                )
                    id = partnership!.Id;
                break;
        }
        if (errors.Count > 0)
            return (errors, null);
        errors.AddRange(r.Start(kind.Value, id!.Value));
        r.UpdatedAt = now;
        return (errors, errors.Count == 0 ? new Started(kind.Value, id.Value) : null);
    }

    /// <summary>Where the user goes once the follow-up has started: the new appraisal or proposal, the contract's
    /// variation proposal, or the partnership's agreement.</summary>
    public static string Next(LinkGenerator links, Started s) =>
        s.Kind switch
        {
            FollowUpKind.NewAppraisal => links.Appraisal(s.RecordId),
            FollowUpKind.ContractChange => links.Page("/Contracts/Propose", new { id = s.RecordId })!,
            FollowUpKind.PurchasingRuleChange => links.PurchasingChange(s.RecordId),
            _ => links.PartnershipAgreement(s.RecordId),
        };

    /// <summary>The follow-up record's page, to link from the recommendation.</summary>
    public static string RecordLink(LinkGenerator links, FollowUpKind kind, Guid id) =>
        kind switch
        {
            FollowUpKind.NewAppraisal => links.Appraisal(id),
            FollowUpKind.ContractChange => links.Contract(id),
            FollowUpKind.PurchasingRuleChange => links.PurchasingChange(id),
            _ => links.PartnershipAgreement(id),
        };

    private static IReadOnlyList<FieldError> CheckStart(StrategyRecommendation r)
    {
        var errors = new FieldErrors();
        errors.When(
            r.Status != RecommendationStatus.Agreed,
            "FollowUp",
            "Only an agreed recommendation can start an appraisal or a change"
        );
        errors.When(r.FollowUp is not null, "FollowUp", "The recommendation has already started its follow-up");
        return errors;
    }

    private static async Task<Guid> NewAppraisalAsync(
        AppDbContext db,
        StrategyEvaluation e,
        StrategyRecommendation r,
        TimeProvider clock,
        DateTimeOffset now
    )
    {
        var evidence = await db
            .EvaluationEvidence.AsNoTracking()
            .Where(x => r.EvidenceIds.Contains(x.Id))
            .Select(x => x.Title)
            .ToListAsync();
        var impacts = await db
            .EvaluationImpacts.AsNoTracking()
            .Where(x => r.ImpactIds.Contains(x.Id))
            .Select(x => x.Title)
            .ToListAsync();
        var appraisal = new Appraisal
        {
            Title = Shorten(r.Text, Appraisal.TitleMaxLength),
            OrganisationId = e.OrganisationId,
            BaseYear = UkCalendar.ThisFinancialYear(clock).StartYear,
            HorizonYears = 10,
            CreatedAt = now,
            UpdatedAt = now,
        };
        appraisal.Content.Purpose =
            $"Started by a recommendation of the evaluation '{e.Title}': \"{r.Text}\"\n\nWhy: {r.Rationale}"
            + (impacts.Count > 0 ? $"\n\nThe impacts behind it: {string.Join("; ", impacts)}." : "")
            + (evidence.Count > 0 ? $"\n\nThe evidence behind it: {string.Join("; ", evidence)}." : "");
        db.Appraisals.Add(appraisal);
        return appraisal.Id;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
