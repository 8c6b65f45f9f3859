using System.Text.RegularExpressions;
using CareCommissioning.Web.Pages.Purchasing.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Purchasing.Api;

/// <summary>
/// The organisation's purchasing rules over JSON (PU-P4, P15), with the same authorisation and checks as the pages: all
/// staff, auditors and administrators read them; administrators and procurement specialists make a new version.
/// Versions are never edited.
/// </summary>
public static partial class PurchasingRulesApi
{
    public static RouteGroupBuilder MapPurchasingRulesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/purchasing-rules").WithTags("Purchasing rules");
        g.MapGet("/", Get)
            .RequireAuthorization(Policies.PurchasingRead)
            .WithName("GetPurchasingRules")
            .WithSummary(
                "The purchasing rules in force today (or version n with ?version=n): value bands with route and quotes, delegated approval limits, and the statutory thresholds in force today. organisationId is needed only by someone who works for several organisations."
            );
        g.MapGet("/versions", Versions)
            .RequireAuthorization(Policies.PurchasingRead)
            .WithName("ListPurchasingRuleVersions")
            .WithSummary(
                "Every version of the organisation's purchasing rules, newest first, with the date each comes into force and whether it is in force."
            );
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.PurchasingRulesWrite)
            .WithName("CreatePurchasingRuleVersion")
            .WithSummary(
                "Make a new version of the purchasing rules; it gets the next version number and comes into force on effectiveFrom (today or later)."
            );
        return api;
    }

    /// <summary>The organisation to read: the one asked for if the user may, or their only one.</summary>
    private static (Guid? Organisation, ValidationProblem? Problem) Resolve(
        CurrentUser user,
        string policy,
        Guid? requested
    )
    {
        var allowed = user.OrganisationsFor(policy);
        if (requested is { } r)
            return allowed.Contains(r)
                ? (r, null)
                : (null, Problem("organisationId", "You may not see the purchasing rules of that organisation"));
        return allowed.Count == 1
            ? (allowed[0], null)
            : (null, Problem("organisationId", "Give organisationId: the id of the organisation whose rules you want"));
    }

    private static ValidationProblem Problem(string field, string message) =>
        ApiErrors.Validation([new FieldError(field, message)]);

    internal static async Task<Results<Ok<PurchasingRuleSetResponse>, ValidationProblem, ProblemHttpResult>> Get(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        Guid? organisationId,
        int? version
    )
    {
        var (organisation, problem) = Resolve(user, Policies.PurchasingRead, organisationId);
        if (problem is not null)
            return problem;
        var versions = await PurchasingRuleVersions.ListAsync(db, organisation!.Value);
        var today = UkCalendar.Today(clock);
        var inForce = PurchasingRuleSet.InForce(versions, today);
        var chosen = version is { } n ? versions.SingleOrDefault(v => v.VersionNumber == n) : inForce;
        if (chosen is null)
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Purchasing rules not found",
                detail: version is null
                    ? "No version of this organisation's purchasing rules is in force today."
                    : $"This organisation has no version {version} of its purchasing rules."
            );
        var type = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Type).SingleAsync();
        return TypedResults.Ok(ToResponse(chosen, inForce, type, today));
    }

    internal static async Task<Results<Ok<List<PurchasingRuleVersionSummary>>, ValidationProblem>> Versions(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        Guid? organisationId
    )
    {
        var (organisation, problem) = Resolve(user, Policies.PurchasingRead, organisationId);
        if (problem is not null)
            return problem;
        var versions = await PurchasingRuleVersions.ListAsync(db, organisation!.Value);
        var today = UkCalendar.Today(clock);
        var inForce = PurchasingRuleSet.InForce(versions, today);
        return TypedResults.Ok(
            versions
                .Select(v => new PurchasingRuleVersionSummary(
                    v.VersionNumber,
                    v.EffectiveFrom,
                    RuleSetView.Status(v, inForce, today),
                    v.ChangeNote,
                    v.CreatedAt
                ))
                .ToList()
        );
    }

    internal static async Task<Results<Created<PurchasingRuleSetResponse>, ValidationProblem>> Create(
        PurchasingRuleSetRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var errors = new List<FieldError>();
        var organisation = ApiErrors.OrganisationForNew(
            user,
            Policies.PurchasingRulesWrite,
            request.OrganisationId,
            "purchasing rules",
            errors
        );
        if (request.Bands is null)
            errors.Add(new("Bands", "Give the value bands, the first starting at 0"));
        else if (request.Bands.Count > PurchasingRules.MaxBands)
            errors.Add(new("Bands", $"Use {PurchasingRules.MaxBands} value bands or fewer"));
        if (request.ApprovalLimits is null)
            errors.Add(new("ApprovalLimits", "Give the delegated approval limits"));
        else if (request.ApprovalLimits.Count > 20)
            errors.Add(new("ApprovalLimits", "Give 20 approval limits or fewer"));
        var bands = new List<PurchasingBand>();
        for (var i = 0; request.Bands is { Count: <= PurchasingRules.MaxBands } && i < request.Bands.Count; i++)
        {
            var b = request.Bands[i];
            if (b is null)
            {
                errors.Add(new($"Bands[{i}]", "A band cannot be null"));
                continue;
            }
            if (b.QuotesRequired is null && b.Route != PurchaseRoute.FormalTender)
                errors.Add(new($"Bands[{i}].QuotesRequired", "Give the number of quotes the band needs"));
            bands.Add(
                new PurchasingBand
                {
                    From = b.From,
                    Route = b.Route,
                    QuotesRequired = b.QuotesRequired ?? 1,
                }
            );
        }
        var limits = new List<ApprovalLimit>();
        for (var i = 0; request.ApprovalLimits is { Count: <= 20 } && i < request.ApprovalLimits.Count; i++)
        {
            var l = request.ApprovalLimits[i];
            if (l is null)
            {
                errors.Add(new($"ApprovalLimits[{i}]", "An approval limit cannot be null"));
                continue;
            }
            limits.Add(new ApprovalLimit { Role = l.Role, Limit = l.Limit });
        }
        if (errors.Count > 0)
            return Validation(errors);

        var (saved, problems) = await PurchasingRuleVersions.AddAsync(
            db,
            organisation!.Value,
            new RuleSetDraft(request.EffectiveFrom, request.ChangeNote, request.ProcessChangeProposalId, bands, limits),
            user.Id,
            clock.GetUtcNow(),
            UkCalendar.Today(clock)
        );
        if (saved is null)
            return Validation(problems);

        var versions = await PurchasingRuleVersions.ListAsync(db, organisation.Value);
        var today = UkCalendar.Today(clock);
        var type = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Type).SingleAsync();
        var created = versions.Single(v => v.Id == saved.Id);
        return TypedResults.Created(
            $"/api/v1/purchasing-rules?version={saved.VersionNumber}",
            ToResponse(created, PurchasingRuleSet.InForce(versions, today), type, today)
        );
    }

    /// <summary>Field errors keyed by the JSON path as sent: <c>bands[2].route</c>,
    /// <c>approvalLimits[0].limit</c>.</summary>
    private static ValidationProblem Validation(IEnumerable<FieldError> errors) =>
        ApiErrors.Validation(errors.Select(e => e with { Field = JsonPath(e.Field) }));

    internal static string JsonPath(string field) => SegmentStart().Replace(field, m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"(?<=^|\.)[A-Z]")]
    private static partial Regex SegmentStart();

    public static PurchasingRuleSetResponse ToResponse(
        PurchasingRuleSet r,
        PurchasingRuleSet? inForce,
        OrganisationType organisationType,
        DateOnly today
    )
    {
        var thresholds = ProcurementThresholds.InForceOn(today) ?? ProcurementThresholds.All[^1];
        var authority = PurchasingRules.AuthorityTypeOf(organisationType);
        var statutory = thresholds.GoodsAndServices(authority);
        return new(
            r.Id,
            r.OrganisationId,
            r.VersionNumber,
            r.EffectiveFrom,
            RuleSetView.Status(r, inForce, today),
            r.ChangeNote,
            r.ProcessChangeProposalId,
            r.CreatedAt,
            r.Bands.Select(b => new PurchasingBandResponse(
                    b.From,
                    RuleSetView.UpTo(r, b, statutory),
                    b.Route,
                    PurchaseRouteNames.Display(b.Route),
                    b.Route == PurchaseRoute.FormalTender ? null : b.QuotesRequired
                ))
                .ToList(),
            r.ApprovalLimits.Select(l => new ApprovalLimitResponse(l.Role, RoleNames.Display(l.Role), l.Limit))
                .ToList(),
            new StatutoryThresholdsResponse(
                thresholds.EffectiveFrom,
                authority == AuthorityType.Central ? "central" : "sub-central",
                statutory,
                thresholds.LightTouch,
                thresholds.Works,
                thresholds.NotifiableBelowThreshold(authority),
                thresholds.Source
            )
        );
    }
}
