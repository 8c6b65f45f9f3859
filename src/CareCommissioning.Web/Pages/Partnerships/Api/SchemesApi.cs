using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>
/// A partnership's schemes, their monthly spend, the spend import and the pool's variance over JSON (PB-P4, P11,
/// P15), with the pages' rules: every partner reads; any partner's writers add schemes; a scheme and its spend are
/// changed by its lead partner's writers or the host's; anyone else gets "not found".
/// </summary>
public static class SchemesApi
{
    public static RouteGroupBuilder MapSchemesApi(this RouteGroupBuilder partnerships)
    {
        var g = partnerships.MapGroup("/{id:guid}").WithTags("Partnerships");
        g.MapGet("/schemes", List)
            .RequireAuthorization(Policies.PartnershipsRead)
            .WithName("ListSchemes")
            .WithSummary("The partnership's schemes by name, paged; filter by type, lead partner and name.");
        g.MapPost("/schemes", Create)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("CreateScheme")
            .WithSummary("Add a scheme; any partner's writers may.");
        g.MapGet("/schemes/{schemeId:guid}", Get)
            .RequireAuthorization(Policies.PartnershipsRead)
            .WithName("GetScheme")
            .WithSummary("One scheme with its economies, evidence and judgement.");
        g.MapPut("/schemes/{schemeId:guid}", Update)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("UpdateScheme")
            .WithSummary("Replace a scheme; send the version you read (409 if someone changed it since).");
        g.MapGet("/schemes/{schemeId:guid}/spend", GetSpend)
            .RequireAuthorization(Policies.PartnershipsRead)
            .WithName("GetSchemeSpend")
            .WithSummary("A scheme's months of a financial year (year=2026 for 2026/27).");
        g.MapPut("/schemes/{schemeId:guid}/spend", PutSpend)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("PutSchemeSpend")
            .WithSummary("Write months of a scheme, each with the version read (0 if new); 409 if one changed since.");
        g.MapPost("/spend/import", Import)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .DisableAntiforgery() // a change through the API needs a bearer token, which a cross-site form cannot send
            .WithName("ImportSpend")
            .WithSummary(
                "Import spend from a CSV or XLSX file (multipart field 'file'); 400 lists every problem by row."
            );
        g.MapGet("/variance", Variance)
            .RequireAuthorization(Policies.PartnershipsRead)
            .WithName("GetPoolVariance")
            .WithSummary(
                "The pool's year: each scheme's figures and each partner's share of the variance with its working."
            );
        return partnerships;
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    internal static async Task<Results<Ok<PageResponse<SchemeResponse>>, ProblemHttpResult>> List(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        string? search,
        SchemeType? type,
        Guid? lead,
        int? page,
        int? pageSize
    )
    {
        if (await PoolContext.LoadAsync(db, user, id) is not { } pool)
            return ApiErrors.NotFound("Partnership");
        var query = db.PartnershipSchemes.AsNoTracking().Where(s => s.PartnershipId == id);
        if (type is { } t)
            query = query.Where(s => s.Type == t);
        if (lead is { } l)
            query = query.Where(s => s.LeadPartnerId == l);
        if (TextSearch.Pattern(search) is { } pattern)
            query = query.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern, TextSearch.Escape));
        var result = await Paged<PartnershipScheme>.ReadAsync(
            query.OrderBy(s => s.Name).ThenBy(s => s.Id),
            page,
            pageSize
        );
        return TypedResults.Ok(PageResponse.From(result, s => SchemeResponse.From(s, pool)));
    }

    internal static async Task<Results<Ok<SchemeResponse>, ProblemHttpResult>> Get(
        Guid id,
        Guid schemeId,
        AppDbContext db,
        CurrentUser user
    ) =>
        await Schemes.SchemeAccess.FindAsync(db, user, id, schemeId) is var (pool, scheme)
            ? TypedResults.Ok(SchemeResponse.From(scheme, pool))
            : ApiErrors.NotFound("Scheme");

    internal static async Task<Results<Created<SchemeResponse>, ValidationProblem, ProblemHttpResult>> Create(
        Guid id,
        SchemeRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await PoolContext.LoadAsync(db, user, id) is not { } pool)
            return ApiErrors.NotFound("Partnership");
        if (!pool.CanAddSchemes)
            return Refused("Only people who keep partnerships in a partner organisation may add schemes.");
        var details = request.ToDetails();
        var others = await db.PartnershipSchemes.Where(s => s.PartnershipId == id).Select(s => s.Name).ToListAsync();
        var errors = new FieldErrors();
        errors.AddRange(SchemeRules.Validate(details, pool.PartnerIds, others));
        errors.When(
            others.Count >= SchemeRules.MaxSchemes,
            nameof(request.Name),
            $"A partnership can have up to {SchemeRules.MaxSchemes} schemes"
        );
        if (request.AppraisalId is { } appraisal)
            errors.When(
                await pool.DecidedAppraisalAsync(db, appraisal) is null,
                nameof(request.AppraisalId),
                "The appraisal must be a decided appraisal of a partner organisation"
            );
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var now = clock.GetUtcNow();
        var scheme = new PartnershipScheme
        {
            PartnershipId = id,
            Name = "",
            AppraisalId = request.AppraisalId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(scheme);
        db.PartnershipSchemes.Add(scheme);
        await db.SaveChangesAsync();
        return TypedResults.Created(
            $"/api/v1/partnerships/{id}/schemes/{scheme.Id}",
            SchemeResponse.From(scheme, pool)
        );
    }

    internal static async Task<Results<Ok<SchemeResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        Guid schemeId,
        SchemeRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Schemes.SchemeAccess.FindAsync(db, user, id, schemeId, track: true) is not var (pool, scheme))
            return ApiErrors.NotFound("Scheme");
        if (!pool.MayChange(scheme.LeadPartnerId))
            return Refused(
                "Only the lead partner's or the host's people who keep partnerships may change this scheme."
            );
        var details = request.ToDetails();
        var others = await db
            .PartnershipSchemes.AsNoTracking()
            .Where(s => s.PartnershipId == id && s.Id != schemeId)
            .Select(s => s.Name)
            .ToListAsync();
        var errors = new FieldErrors();
        errors.AddRange(SchemeRules.Validate(details, pool.PartnerIds, others));
        errors.When(request.Version is null, nameof(request.Version), "Give the version of the scheme you read");
        errors.When(
            request.AppraisalId is { } a && a != scheme.AppraisalId,
            nameof(request.AppraisalId),
            "A scheme's appraisal is set when it is made from one: leave it out or send the one it has"
        );
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        if (request.Version != scheme.Version)
            return ApiErrors.Conflict("Scheme", scheme.Version);
        details.ApplyTo(scheme);
        scheme.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, scheme, request.Version!.Value, () =>
            db.PartnershipSchemes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == schemeId)
        );
        return !outcome.Saved
            ? outcome.Current is { } latest
                ? ApiErrors.Conflict("Scheme", latest.Version)
                : ApiErrors.NotFound("Scheme")
            : TypedResults.Ok(SchemeResponse.From(scheme, pool));
    }

    internal static async Task<Results<Ok<SpendYearDto>, ProblemHttpResult>> GetSpend(
        Guid id,
        Guid schemeId,
        int? year,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Schemes.SchemeAccess.FindAsync(db, user, id, schemeId) is not var (pool, _))
            return ApiErrors.NotFound("Scheme");
        var fy = pool.YearOrDefault(year, Today(clock));
        return TypedResults.Ok(await SpendYearAsync(db, schemeId, fy));
    }

    private static async Task<SpendYearDto> SpendYearAsync(AppDbContext db, Guid schemeId, FinancialYear year) =>
        new(
            year.StartYear,
            (await SchemeSpendStore.MonthsAsync(db, [schemeId], year))
                .Select(m => new SpendMonthDto(
                    SpendMonths.Text(m.Month),
                    m.Budget,
                    m.Actual,
                    m.Forecast,
                    m.Version,
                    m.Source
                ))
                .ToList()
        );

    internal static async Task<Results<Ok<SpendYearDto>, ValidationProblem, ProblemHttpResult>> PutSpend(
        Guid id,
        Guid schemeId,
        int? year,
        SpendYearRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Schemes.SchemeAccess.FindAsync(db, user, id, schemeId) is not var (pool, scheme))
            return ApiErrors.NotFound("Scheme");
        if (!pool.MayChange(scheme.LeadPartnerId))
            return Refused(
                "Only the lead partner's or the host's people who keep partnerships may record this scheme's spend."
            );
        var fy = pool.YearOrDefault(year, Today(clock));
        var months = SpendMonths.Of(fy);
        var errors = new FieldErrors();
        var entered = new List<(SpendImport.Month Month, int Version)>();
        var list = request.Months ?? [];
        errors.When(list.Count == 0, nameof(request.Months), "Give at least one month");
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            var at = $"months[{i}]."; // JSON member names, as the request spelled them
            var ok = SpendMonths.TryParse(m.Month, out var month) && months.Contains(month);
            errors.When(!ok, at + "month", $"Give a month of {fy}, like {SpendMonths.Text(fy.Start)}");
            if (ok && entered.Any(e => e.Month.Start == month))
                errors.Add(at + "month", $"{DateText.MonthYear(month)} is given twice");
            if (
                !errors.When(m.Budget is null, at + "budget", "Give the month's budget (0 if there is none)")
                && SpendMonths.MoneyProblem(m.Budget!.Value, "Budget") is { } pb
            )
                errors.Add(at + "budget", pb);
            if (m.Actual is { } a && SpendMonths.MoneyProblem(a, "Actual", negativeAllowed: true) is { } pa)
                errors.Add(at + "actual", pa);
            if (m.Forecast is { } f && SpendMonths.MoneyProblem(f, "Forecast") is { } pf)
                errors.Add(at + "forecast", pf);
            errors.When(
                m.Version is null,
                at + "version",
                "Give the version of the month you read, 0 if it was not held"
            );
            if (ok && m.Budget is { } budget)
                entered.Add((new SpendImport.Month(schemeId, month, budget, m.Actual, m.Forecast), m.Version ?? 0));
        }
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var held = (await SchemeSpendStore.MonthsAsync(db, [schemeId], fy)).ToDictionary(m => m.Month);
        var stale = entered.FirstOrDefault(e => (held.GetValueOrDefault(e.Month.Start)?.Version ?? 0) != e.Version);
        if (stale.Month is not null)
            return ApiErrors.Conflict("Month", held.GetValueOrDefault(stale.Month.Start)?.Version ?? 0);
        try
        {
            await SchemeSpendStore.ApplyAsync(
                db,
                entered.Select(e => e.Month).ToList(),
                $"Entered by {user.DisplayName}",
                clock.GetUtcNow()
            );
        }
        catch (DbUpdateException)
        {
            return ApiErrors.Conflict("Month", 0);
        }
        return TypedResults.Ok(await SpendYearAsync(db, schemeId, fy));
    }

    internal static async Task<
        Results<Ok<SpendImportResponse>, BadRequest<SpendImportProblems>, ProblemHttpResult>
    > Import(Guid id, HttpRequest request, AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        if (await PoolContext.LoadAsync(db, user, id) is not { } pool)
            return ApiErrors.NotFound("Partnership");
        if (!pool.CanAddSchemes)
            return Refused("Only people who keep partnerships in a partner organisation may import spend.");
        // The form is read here, after authorisation: bound as a parameter, a caller without the policy would be
        // answered 415 for the wrong content type before being refused.
        var file = request.HasFormContentType ? (await request.ReadFormAsync()).Files.GetFile("file") : null;
        if (file is null || file.Length == 0)
            return TypedResults.BadRequest(
                new SpendImportProblems("No file", ["Send a CSV or Excel file in the multipart field 'file'"])
            );
        await using var stream = file.OpenReadStream();
        var outcome = await Spend.SpendFile.ImportAsync(
            db,
            pool,
            stream,
            file.FileName,
            user.DisplayName,
            clock.GetUtcNow()
        );
        return outcome.Imported
            ? TypedResults.Ok(
                new SpendImportResponse(outcome.Added, outcome.Replaced, outcome.Unchanged, outcome.Schemes)
            )
            : TypedResults.BadRequest(
                new SpendImportProblems(
                    "Nothing has been imported: correct the file and send it again",
                    outcome.Problems
                )
            );
    }

    internal static async Task<Results<Ok<VarianceResponse>, ProblemHttpResult>> Variance(
        Guid id,
        int? year,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await PoolContext.LoadAsync(db, user, id) is not { } pool)
            return ApiErrors.NotFound("Partnership");
        var today = Today(clock);
        var report = await PoolVarianceQuery.LoadAsync(db, pool, pool.YearOrDefault(year, today), today);
        return TypedResults.Ok(VarianceResponse.From(report));
    }

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: detail);
}
