using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Pages.Appraisals.Engage;
using CareCommissioning.Web.Pages.Needs.Budgets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Appraisals.Api;

/// <summary>
/// Negotiating a priority's budget (OA-P20…P22) and balancing it against the other claims on the budget head (OA-P21):
/// the same rules, notices and head position as the negotiation page.
/// </summary>
public static class BudgetProposalsApi
{
    public static RouteGroupBuilder MapBudgetProposalsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Options appraisals");
        g.MapGet("/appraisals/{id:guid}/budget-proposals", List)
            .RequireAuthorization(Policies.AppraisalsRead)
            .WithName("ListBudgetProposals")
            .WithSummary(
                "The appraisal's budget proposals, each with its rounds and its budget head year by year: the money held, what is agreed for other priorities, what other open proposals ask for, and what would be left if this were agreed."
            );
        g.MapPost("/appraisals/{id:guid}/budget-proposals", Start)
            .RequireAuthorization(Policies.AppraisalsWrite)
            .WithName("StartBudgetProposal")
            .WithSummary(
                "Propose the money the priority needs from one budget head, year by year, with a message and the date an answer is needed by."
            );
        g.MapPost("/appraisals/{id:guid}/budget-proposals/{proposalId:guid}/rounds", Respond)
            .RequireAuthorization(Policies.AppraisalsWrite)
            .WithName("AddBudgetRound")
            .WithSummary(
                "Answer a proposal: CounterProposal (with amounts), Clarification, Answer or Agreement (by someone other than the proposer of the amounts). Send the version you read."
            );
        g.MapGet("/budget-heads/{id:guid}/claims", HeadClaims)
            .RequireAuthorization(Policies.NeedsRead)
            .WithName("GetBudgetHeadClaims")
            .WithSummary(
                "A budget head year by year against the appraisals' claims on it: held, agreed, asked for and left; and each claim."
            );
        return api;
    }

    internal static async Task<Results<Ok<IReadOnlyList<BudgetProposalResponse>>, ProblemHttpResult>> List(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        if (await AppraisalAccess.FindVisibleAsync(db, user, id, Policies.AppraisalsRead) is null)
            return ApiErrors.NotFound("Appraisal");
        var proposals = await db
            .BudgetProposals.AsNoTracking()
            .Where(p => p.AppraisalId == id)
            .OrderBy(p => p.CreatedAt)
            .ToListAsync();
        var heads = await BudgetClaimsQuery.LoadAsync(db, proposals.Select(p => p.BudgetHeadId).Distinct().ToList());
        return TypedResults.Ok<IReadOnlyList<BudgetProposalResponse>>(proposals.Select(p => Map(p, heads)).ToList());
    }

    internal static async Task<Results<Created<BudgetProposalResponse>, ValidationProblem, ProblemHttpResult>> Start(
        Guid id,
        BudgetProposalRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var a = await AppraisalAccess.FindVisibleAsync(db, user, id, Policies.AppraisalsWrite);
        if (a is null)
            return ApiErrors.NotFound("Appraisal");
        var head = request.BudgetHeadId is { } h
            ? await db
                .BudgetHeads.AsNoTracking()
                .AnyAsync(x => x.Id == h && x.OrganisationId == a.OrganisationId && !x.Archived)
            : false;
        if (!head)
            return ApiErrors.Validation([
                new("BudgetHeadId", "Give the id of one of the appraisal's organisation's budget heads"),
            ]);
        var proposal = new BudgetProposal
        {
            OrganisationId = a.OrganisationId,
            AppraisalId = id,
            BudgetHeadId = request.BudgetHeadId!.Value,
        };
        var (round, refusal) = Round(
            a,
            proposal,
            RoundKind.Proposal,
            new(request.Amounts, request.Message, request.DueOn),
            user,
            clock
        );
        if (round is null)
            return ApiErrors.Validation([refusal!]);
        proposal.CreatedAt = proposal.UpdatedAt = round.At;
        BudgetNegotiation.Add(proposal, round);
        db.BudgetProposals.Add(proposal);
        await BudgetNotices.AnnounceAsync(db, proposal, a.Title, user.Id, round.At);
        await db.SaveChangesAsync();
        return TypedResults.Created(
            $"/api/v1/appraisals/{id}/budget-proposals/{proposal.Id}",
            Map(proposal, await BudgetClaimsQuery.LoadAsync(db, [proposal.BudgetHeadId]))
        );
    }

    internal static async Task<Results<Ok<BudgetProposalResponse>, ValidationProblem, ProblemHttpResult>> Respond(
        Guid id,
        Guid proposalId,
        BudgetRoundRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        HttpRequest http,
        LinkGenerator links,
        PublicAddress address
    )
    {
        var a = await AppraisalAccess.FindVisibleAsync(db, user, id, Policies.AppraisalsWrite);
        if (a is null)
            return ApiErrors.NotFound("Appraisal");
        var proposal = await db.BudgetProposals.FirstOrDefaultAsync(p => p.Id == proposalId && p.AppraisalId == id);
        if (proposal is null)
            return ApiErrors.NotFound("Budget proposal");
        if (request.Version is null)
            return ApiErrors.Validation([new("Version", "Give the version of the proposal you read")]);
        if (request.Kind is not { } kind || kind == RoundKind.Proposal || !Enum.IsDefined(kind))
            return ApiErrors.Validation([
                new("Kind", "Give the kind of round: CounterProposal, Clarification, Answer or Agreement"),
            ]);
        if (kind != RoundKind.CounterProposal && request.Amounts is { Count: > 0 })
            return ApiErrors.Validation([new("Amounts", "Only a counter-proposal changes the amounts")]);
        if (BudgetRounds.IsSelfAgreement(proposal, kind, user.DisplayName))
            return ApiErrors.Validation([new("Kind", BudgetRounds.SelfAgreement)]);
        var (round, refusal) = Round(
            a,
            proposal,
            kind,
            new(request.Amounts, request.Message, request.DueOn),
            user,
            clock
        );
        if (round is null)
            return ApiErrors.Validation([refusal!]);
        proposal.UpdatedAt = round.At;
        BudgetNegotiation.Add(proposal, round);
        await BudgetNotices.AnnounceAsync(db, proposal, a.Title, user.Id, proposal.UpdatedAt);
        await BudgetRounds.TellOfLateAgreementAsync(db, a, proposal, address.Link(http, links.AppraisalDecision(id)));
        var outcome = await VersionedSave.SaveAsync(db, proposal, request.Version.Value, () =>
            db.BudgetProposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId)
        );
        if (!outcome.Saved)
            return outcome.Current is { } latest
                ? ApiErrors.Conflict("Budget proposal", latest.Version)
                : ApiErrors.NotFound("Budget proposal");
        return TypedResults.Ok(Map(proposal, await BudgetClaimsQuery.LoadAsync(db, [proposal.BudgetHeadId])));
    }

    internal static async Task<Results<Ok<BudgetHeadClaimsResponse>, ProblemHttpResult>> HeadClaims(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsRead);
        if (head is null)
            return ApiErrors.NotFound("Budget head");
        var heads = await BudgetClaimsQuery.LoadAsync(db, [id]);
        return TypedResults.Ok(
            new BudgetHeadClaimsResponse(
                id,
                head.Name,
                heads.Position(id).Select(Year).ToList(),
                heads
                    .Claims[id]
                    .Select(c => new BudgetClaimResponse(
                        c.ProposalId,
                        c.AppraisalId,
                        c.AppraisalTitle,
                        c.Status,
                        c.Total,
                        c.Amounts.Select(x => new YearAmount(x.Year, x.Amount)).ToList()
                    ))
                    .ToList()
            )
        );
    }

    /// <summary>What a round says, as sent to either endpoint.</summary>
    private sealed record Sent(IReadOnlyList<YearAmount>? Amounts, string? Message, DateOnly? DueOn);

    /// <summary>The round as sent, or why it cannot be added: first the amounts, then the negotiation's
    /// rules.</summary>
    private static (NegotiationRound? Round, FieldError? Refusal) Round(
        Appraisal a,
        BudgetProposal p,
        RoundKind kind,
        Sent sent,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var amounts = Amounts(a, sent.Amounts, out var bad);
        var refusal = bad
            ?? BudgetNegotiation.Refusal(p, kind, amounts, sent.Message, sent.DueOn, UkCalendar.Today(clock));
        return refusal is null
            ? (
                BudgetRounds.New(user, a.OrganisationId, kind, amounts, sent.Message, sent.DueOn, clock.GetUtcNow()),
                null
            )
            : (null, refusal);
    }

    /// <summary>The amounts as sent, or the reason they cannot be used: each year once, within the appraisal's
    /// years.</summary>
    private static List<YearAmountProposal> Amounts(Appraisal a, IReadOnlyList<YearAmount>? sent, out FieldError? bad)
    {
        bad = null;
        var amounts = (sent ?? []).Select(x => new YearAmountProposal { Year = x.Year, Amount = x.Amount }).ToList();
        var last = a.BaseYear + a.HorizonYears;
        if (amounts.Any(x => x.Year < a.BaseYear || x.Year > last))
            bad = new(
                "Amounts",
                $"Each year must be one of the appraisal's, {new FinancialYear(a.BaseYear)} to {new FinancialYear(last)} (give the year it starts, like {a.BaseYear})"
            );
        else if (amounts.GroupBy(x => x.Year).Any(g => g.Count() > 1))
            bad = new("Amounts", "Give each year once");
        return amounts.OrderBy(x => x.Year).ToList();
    }

    private static BudgetProposalResponse Map(BudgetProposal p, BudgetClaimsQuery.Heads heads) =>
        new(
            p.Id,
            p.AppraisalId,
            p.BudgetHeadId,
            p.Status,
            p.Version,
            p.Current.Select(x => new YearAmount(x.Year, x.Amount)).ToList(),
            p.Rounds.Select(r => new BudgetRoundResponse(
                    r.Kind,
                    r.By,
                    r.ByRole,
                    r.Amounts.Select(x => new YearAmount(x.Year, x.Amount)).ToList(),
                    r.Message,
                    r.DueOn,
                    r.At
                ))
                .ToList(),
            heads.Position(p.BudgetHeadId, p.Id, p.Current.Select(x => x.Year)).Select(Year).ToList()
        );

    private static HeadYearResponse Year(HeadYearPosition y) =>
        new(
            new FinancialYear(y.Year).ToString(),
            y.Year,
            y.Held,
            y.Agreed,
            y.Asked,
            y.Focus,
            y.Left,
            y.LeftIfAllAgreed
        );
}
