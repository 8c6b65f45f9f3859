using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Pages.Partnerships.Agreement;
using CareCommissioning.Web.Pages.Partnerships.Notices;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>
/// A partnership's agreement, sign-offs and contributions over JSON, with the pages' rules: every partner's people
/// read them; the host's writers keep the terms; each partner's writers keep its own contributions and record its own
/// decision (403 for another partner's); anyone else gets 404, as for an id that does not exist.
/// </summary>
public static class AgreementApi
{
    public static RouteGroupBuilder MapAgreementApi(this RouteGroupBuilder partnerships)
    {
        partnerships
            .MapGet("/{id:guid}/agreement", Get)
            .RequireAuthorization(Policies.PartnershipsRead)
            .WithName("GetPartnershipAgreement")
            .WithSummary("The agreement's terms, risk-share rule in words, rounds and every partner's decisions.");
        partnerships
            .MapPut("/{id:guid}/agreement", Put)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("PutPartnershipAgreement")
            .WithSummary(
                "Set out or change the terms (host only), with the version you read; a change after the partners were asked starts a new version."
            );
        partnerships
            .MapPost("/{id:guid}/agreement/rounds", AddRound)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("AddPartnershipAgreementRound")
            .WithSummary(
                "Add a round to the negotiation of the agreement, for your partner; the other partners are told."
            );
        partnerships
            .MapPost("/{id:guid}/agreement/sign-off-request", RequestSignOff)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("RequestPartnershipSignOff")
            .WithSummary(
                "Put the current version to the partners for sign-off (host only); their people and decision makers are told."
            );
        partnerships
            .MapPost("/{id:guid}/agreement/sign-offs", SignOff)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("RecordPartnershipSignOff")
            .WithSummary("Record your partner's decision makers' decision on the current version.");
        partnerships
            .MapGet("/{id:guid}/contributions", ListContributions)
            .RequireAuthorization(Policies.PartnershipsRead)
            .WithName("ListPartnershipContributions")
            .WithSummary("Every partner's contributions, by year.");
        partnerships
            .MapPost("/{id:guid}/contributions", AddContribution)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("AddPartnershipContribution")
            .WithSummary("Add a contribution of your own partner.");
        partnerships
            .MapPut("/{id:guid}/contributions/{contributionId:guid}", ChangeContribution)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("ChangePartnershipContribution")
            .WithSummary("Change a contribution of your own partner, with the version you read.");
        partnerships
            .MapDelete("/{id:guid}/contributions/{contributionId:guid}", RemoveContribution)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("RemovePartnershipContribution")
            .WithSummary("Remove a contribution of your own partner, with the version you read as ?version=.");
        return partnerships;
    }

    /// <summary>What a change that tells the partners needs to link them to the agreement.</summary>
    internal sealed record Notify(HttpRequest Request, PublicAddress Address, LinkGenerator Links)
    {
        public string AgreementLink(Guid id) => Address.Link(Request, Links.PartnershipAgreement(id));
    }

    private static ProblemHttpResult NotYours(string what) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Not your partner's",
            detail: $"Only the people of the partner concerned may {what}."
        );

    /// <summary>The end of every change to the agreement: checked, saved at the version read (409 otherwise),
    /// stamped, and answered with the agreement as it now is.</summary>
    private static Task<Results<Ok<AgreementResponse>, ValidationProblem, ProblemHttpResult>> SaveAgreementAsync(
        AppDbContext db,
        PartnershipAgreement agreement,
        PartnershipMembership scope,
        int? version,
        IEnumerable<FieldError> errors,
        Action change,
        TimeProvider clock
    ) =>
        VersionedUpdate.SaveAsync(
            db,
            agreement,
            "Agreement",
            version,
            null,
            errors,
            () =>
            {
                change();
                agreement.UpdatedAt = clock.GetUtcNow();
            },
            () =>
                db
                    .PartnershipAgreements.AsNoTracking()
                    .FirstOrDefaultAsync(a => a.PartnershipId == agreement.PartnershipId),
            () => RespondAsync(db, agreement, scope)
        );

    internal static async Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return ApiErrors.NotFound("Partnership");
        var agreement = await db.PartnershipAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.PartnershipId == id);
        return agreement is null
            ? ApiErrors.NotFound("Agreement")
            : TypedResults.Ok(await RespondAsync(db, agreement, scope));
    }

    internal static async Task<Results<Ok<AgreementResponse>, ValidationProblem, ProblemHttpResult>> Put(
        Guid id,
        AgreementRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return ApiErrors.NotFound("Partnership");
        if (!scope.KeepsTerms)
            return NotYours("change the terms: the host");
        var agreement = await db.PartnershipAgreements.FirstOrDefaultAsync(a => a.PartnershipId == id);
        if (agreement is null)
        {
            agreement = new PartnershipAgreement { PartnershipId = id };
            db.PartnershipAgreements.Add(agreement);
        }
        var decided = await AgreementDecisions.OnCurrentVersionAsync(db, agreement);
        var terms = request.ToTerms();
        return await SaveAgreementAsync(
            db,
            agreement,
            scope,
            request.Version,
            AgreementRules.Validate(terms, scope.PartnerIds),
            () => AgreementWorkflow.ChangeTerms(agreement, terms, decided),
            clock
        );
    }

    internal static async Task<Results<Ok<AgreementResponse>, ValidationProblem, ProblemHttpResult>> AddRound(
        Guid id,
        RoundRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        [AsParameters] Notify notify
    )
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return ApiErrors.NotFound("Partnership");
        var mine = scope.Mine;
        var partner =
            request.PartnerId is { } asked ? mine.FirstOrDefault(r => r.Partner.Id == asked)
            : mine.Count == 1 ? mine[0]
            : null;
        if (partner is null)
            return mine.Count > 1 && request.PartnerId is null
                ? ApiErrors.Validation([new("PartnerId", "Give partnerId: the partner you send the round for")])
                : NotYours("add rounds for it");
        var agreement = await db.PartnershipAgreements.FirstOrDefaultAsync(a => a.PartnershipId == id);
        if (agreement is null)
            return ApiErrors.NotFound("Agreement");
        var (round, refusal) = AgreementRounds.Build(
            agreement,
            user,
            partner,
            request.Kind,
            request.Amounts,
            request.Message,
            request.DueOn,
            clock
        );
        if (round is not null)
            await PartnershipNotices.RoundAsync(db, scope, round, user.Id, notify.AgreementLink(id));
        return await SaveAgreementAsync(
            db,
            agreement,
            scope,
            request.Version,
            refusal is null ? [] : [refusal],
            () =>
            {
                BudgetNegotiation.Add(agreement.Rounds, round!);
                // The rounds are one JSON value: mark it changed, as adding to the list in place is not seen.
                db.Entry(agreement).Property(a => a.Rounds).IsModified = true;
            },
            clock
        );
    }

    internal static async Task<Results<Ok<AgreementResponse>, ValidationProblem, ProblemHttpResult>> RequestSignOff(
        Guid id,
        SignOffRequestRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        [AsParameters] Notify notify
    )
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return ApiErrors.NotFound("Partnership");
        if (!scope.KeepsTerms)
            return NotYours("put the agreement to the partners: the host");
        var agreement = await db.PartnershipAgreements.FirstOrDefaultAsync(a => a.PartnershipId == id);
        if (agreement is null)
            return ApiErrors.NotFound("Agreement");
        var pool = (
            await db.PartnershipContributions.Where(c => c.PartnershipId == id).Select(c => c.Amount).ToListAsync()
        ).Sum();
        var refusal = AgreementWorkflow.SignOffRequestRefusal(agreement, pool);
        if (refusal is null)
            await PartnershipNotices.SignOffRequestedAsync(
                db,
                scope,
                agreement,
                user.Id,
                notify.AgreementLink(id),
                clock.GetUtcNow()
            );
        return await SaveAgreementAsync(
            db,
            agreement,
            scope,
            request.Version,
            refusal is null ? [] : [new FieldError("", refusal)],
            () => AgreementWorkflow.PutForSignOff(agreement),
            clock
        );
    }

    internal static async Task<Results<Created<AgreementResponse>, ValidationProblem, ProblemHttpResult>> SignOff(
        Guid id,
        SignOffRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return ApiErrors.NotFound("Partnership");
        if (request.Version is null)
            return ApiErrors.Validation([new("Version", "Give the version of the agreement you read")]);
        var details = new SignOffDetails(
            request.PartnerId,
            request.DecisionMakers,
            request.Decision,
            request.DecidedOn,
            request.Conditions
        );
        var outcome = await SignOffCommand.RecordAsync(db, user, clock, scope, details, request.Version.Value);
        switch (outcome.Result)
        {
            case SignOffCommand.Result.Invalid:
                return ApiErrors.Validation(outcome.Errors);
            case SignOffCommand.Result.NotYourPartner:
                return NotYours("record its decision");
            case SignOffCommand.Result.Conflict:
                return ApiErrors.Conflict("Agreement", outcome.CurrentVersion);
        }
        var agreement = await db.PartnershipAgreements.AsNoTracking().FirstAsync(a => a.PartnershipId == id);
        return TypedResults.Created($"/api/v1/partnerships/{id}/agreement", await RespondAsync(db, agreement, scope));
    }

    internal static async Task<Results<Ok<IReadOnlyList<ContributionResponse>>, ProblemHttpResult>> ListContributions(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return ApiErrors.NotFound("Partnership");
        var list = await db
            .PartnershipContributions.AsNoTracking()
            .Where(c => c.PartnershipId == id)
            .OrderBy(c => c.Year)
            .ThenBy(c => c.Description)
            .ToListAsync();
        return TypedResults.Ok<IReadOnlyList<ContributionResponse>>(
            list.Select(c => ContributionResponse.From(c, scope)).ToList()
        );
    }

    internal static async Task<
        Results<Created<ContributionResponse>, ValidationProblem, ProblemHttpResult>
    > AddContribution(Guid id, ContributionRequest request, AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return ApiErrors.NotFound("Partnership");
        var details = request.ToDetails();
        var errors = ContributionRules.Validate(details, scope.PartnerIds, YearsOf(scope, clock));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        if (!scope.WritesFor(request.PartnerId))
            return NotYours("add its contributions");
        var contribution = new PartnershipContribution { PartnershipId = id, Description = "" };
        ContributionRules.ApplyTo(details, contribution);
        db.PartnershipContributions.Add(contribution);
        await db.SaveChangesAsync();
        return TypedResults.Created(
            $"/api/v1/partnerships/{id}/contributions/{contribution.Id}",
            ContributionResponse.From(contribution, scope)
        );
    }

    internal static async Task<
        Results<Ok<ContributionResponse>, ValidationProblem, ProblemHttpResult>
    > ChangeContribution(
        Guid id,
        Guid contributionId,
        ContributionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var (scope, contribution, refusal) = await OwnContributionAsync(db, user, id, contributionId, "change");
        if (refusal is not null)
            return refusal;
        var details = request.ToDetails();
        var errors = ContributionRules.Validate(details, scope.PartnerIds, YearsOf(scope, clock)).ToList();
        if (request.PartnerId != contribution.PartnerId)
            errors.Add(new("PartnerId", "A contribution stays with the partner that made it"));
        return await VersionedUpdate.SaveAsync(
            db,
            contribution,
            "Contribution",
            request.Version,
            null,
            errors,
            () => ContributionRules.ApplyTo(details, contribution),
            () => db.PartnershipContributions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contributionId),
            () => Task.FromResult(ContributionResponse.From(contribution, scope))
        );
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveContribution(
        Guid id,
        Guid contributionId,
        int? version,
        AppDbContext db,
        CurrentUser user
    )
    {
        var (scope, contribution, refusal) = await OwnContributionAsync(db, user, id, contributionId, "remove");
        if (refusal is not null)
            return refusal;
        if (version is null)
            return ApiErrors.Validation([
                new("Version", "Give the version of the contribution you read, as ?version="),
            ]);
        if (version != contribution.Version)
            return ApiErrors.Conflict("Contribution", contribution.Version);
        db.PartnershipContributions.Remove(contribution);
        var outcome = await VersionedSave.SaveAsync(db, contribution, version.Value, () =>
            db.PartnershipContributions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contributionId)
        );
        if (!outcome.Saved)
            return outcome.Current is { } latest
                ? ApiErrors.Conflict("Contribution", latest.Version)
                : ApiErrors.NotFound("Contribution");
        return TypedResults.NoContent();
    }

    /// <summary>A contribution the user's partner made, tracked; or the refusal: 404 for a partnership or contribution
    /// the user cannot see, 403 for another partner's.</summary>
    private static async Task<(
        PartnershipMembership Scope,
        PartnershipContribution Contribution,
        ProblemHttpResult? Refusal
    )> OwnContributionAsync(AppDbContext db, CurrentUser user, Guid id, Guid contributionId, string verb)
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return (null!, null!, ApiErrors.NotFound("Partnership"));
        var contribution = await db.PartnershipContributions.FirstOrDefaultAsync(c =>
            c.Id == contributionId && c.PartnershipId == id
        );
        if (contribution is null)
            return (scope, null!, ApiErrors.NotFound("Contribution"));
        return scope.WritesFor(contribution.PartnerId)
            ? (scope, contribution, null)
            : (scope, contribution, NotYours($"{verb} its contributions"));
    }

    private static (FinancialYear, FinancialYear) YearsOf(PartnershipMembership scope, TimeProvider clock) =>
        ContributionRules.Years(scope.Partnership.StartDate, scope.Partnership.EndDate, UkCalendar.Today(clock));

    private static async Task<AgreementResponse> RespondAsync(
        AppDbContext db,
        PartnershipAgreement agreement,
        PartnershipMembership scope
    ) =>
        AgreementResponse.From(
            agreement,
            scope,
            await db
                .PartnershipSignOffs.AsNoTracking()
                .Where(s => s.PartnershipId == agreement.PartnershipId)
                .ToListAsync()
        );
}
