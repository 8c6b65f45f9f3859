using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Needs.Api;

/// <summary>Service lines, their demand by year and the commitment computed from them (OA-P1, P2).</summary>
public static class ServiceLinesApi
{
    public static RouteGroupBuilder MapServiceLinesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/service-lines").WithTags("Needs and money");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.NeedsRead)
            .WithName("ListServiceLines")
            .WithSummary("Service lines you can see, by name.");
        g.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.NeedsRead)
            .WithName("GetServiceLine")
            .WithSummary("A service line with its demand by year and the commitment in cash and in base-year prices.");
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("CreateServiceLine")
            .WithSummary("Add a service line.");
        g.MapPut("/{id:guid}", Update)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("UpdateServiceLine")
            .WithSummary(
                "Replace a service line's assumptions; send the version you read (409 if someone changed it since)."
            );
        g.MapPut("/{id:guid}/demand", ReplaceDemand)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("ReplaceDemand")
            .WithSummary(
                "Replace the demand figures: the base year and up to ten years ahead. Years left out are removed."
            );
        api.MapGet("/variance", Variance)
            .WithTags("Needs and money")
            .RequireAuthorization(Policies.NeedsRead)
            .WithName("Variance")
            .WithSummary(
                "Commitment to meet demand against resources, by financial year: the gap in pounds and as a fraction of the commitment, and cumulatively; and the resources already agreed for appraisals' priorities."
            );
        return api;
    }

    internal static async Task<Ok<IReadOnlyList<VarianceRowResponse>>> Variance(AppDbContext db, CurrentUser user)
    {
        var data = await VarianceQuery.LoadAsync(db, user);
        return TypedResults.Ok<IReadOnlyList<VarianceRowResponse>>(
            data.Rows.Select(r => new VarianceRowResponse(
                    r.Year.ToString(),
                    r.Year.StartYear,
                    r.Commitment,
                    r.Resources,
                    r.Gap,
                    r.GapPercent,
                    r.CumulativeGap,
                    r.Shortfall && data.ServiceLinesByYear.TryGetValue(r.Year.StartYear, out var lines) ? lines : [],
                    data.AgreedForPrioritiesByYear.GetValueOrDefault(r.Year.StartYear),
                    r.Resources - data.AgreedForPrioritiesByYear.GetValueOrDefault(r.Year.StartYear)
                ))
                .ToList()
        );
    }

    internal static async Task<Ok<PageResponse<ServiceLineResponse>>> List(
        AppDbContext db,
        CurrentUser user,
        int? page,
        int? pageSize
    )
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        var result = await Paged<ServiceLine>.ReadAsync(
            db.ServiceLines.AsNoTracking()
                .Where(s => visible.Contains(s.OrganisationId) && !s.Archived)
                .OrderBy(s => s.Name)
                .ThenBy(s => s.Id),
            page,
            pageSize
        );
        var ids = result.Items.Select(s => s.Id).ToList();
        var figures = await db.DemandFigures.AsNoTracking().Where(f => ids.Contains(f.ServiceLineId)).ToListAsync();
        return TypedResults.Ok(
            PageResponse.From(result, s =>
                ServiceLineResponse.From(s, figures.Where(f => f.ServiceLineId == s.Id).ToList())
            )
        );
    }

    internal static async Task<Results<Ok<ServiceLineResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsRead);
        return line is null
            ? ApiErrors.NotFound("Service line")
            : TypedResults.Ok(ServiceLineResponse.From(line, await ServiceLineAccess.FiguresAsync(db, id)));
    }

    internal static async Task<Results<Created<ServiceLineResponse>, ValidationProblem>> Create(
        ServiceLineRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var details = request.ToDetails();
        var errors = ServiceLineRules.Validate(details).ToList();
        var organisation = ApiErrors.OrganisationForNew(
            user,
            Policies.NeedsWrite,
            request.OrganisationId,
            "service lines",
            errors
        );
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var now = clock.GetUtcNow();
        var line = new ServiceLine
        {
            Name = details.Name!,
            Unit = details.Unit!,
            OrganisationId = organisation!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(line);
        return await ApiCreate.AddAsync(
            db,
            line,
            [],
            line => $"/api/v1/service-lines/{line.Id}",
            line => Task.FromResult(ServiceLineResponse.From(line, []))
        );
    }

    internal static async Task<Results<Ok<ServiceLineResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        ServiceLineRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (line is null)
            return ApiErrors.NotFound("Service line");
        var details = request.ToDetails();
        // An update ignores the organisation a request names: it is used only when a service line is added.
        return await VersionedUpdate.SaveAsync(
            db,
            line,
            "Service line",
            request.Version,
            null,
            ServiceLineRules.Validate(details),
            () =>
            {
                details.ApplyTo(line);
                line.UpdatedAt = clock.GetUtcNow();
            },
            () => db.ServiceLines.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id),
            async () => ServiceLineResponse.From(line, await ServiceLineAccess.FiguresAsync(db, id))
        );
    }

    internal static async Task<Results<Ok<ServiceLineResponse>, ValidationProblem, ProblemHttpResult>> ReplaceDemand(
        Guid id,
        IReadOnlyList<DemandFigureDto> figures,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (line is null)
            return ApiErrors.NotFound("Service line");
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f is null)
            {
                errors[$"[{i}]"] = ["A demand figure cannot be null."];
                continue;
            }
            if (!Enum.IsDefined(f.Basis))
                errors[$"[{i}].basis"] = ["Basis must be Actual, Forecast or Projected."];
            if (ServiceLineRules.ValidateFigure(line.BaseYear, f.Year, f.Volume, f.Source) is { } problem)
                errors[$"[{i}]"] = [problem];
        }
        foreach (var dup in figures.Where(f => f is not null).GroupBy(f => f.Year).Where(g => g.Count() > 1))
            errors[$"year {dup.Key}"] = [$"{new FinancialYear(dup.Key)} is given more than once."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Some answers need correcting");

        db.DemandFigures.RemoveRange(await db.DemandFigures.Where(f => f.ServiceLineId == id).ToListAsync());
        db.DemandFigures.AddRange(
            figures.Select(f => new DemandFigure
            {
                ServiceLineId = id,
                Year = f.Year,
                Volume = f.Volume,
                Basis = f.Basis,
                Source = f.Source?.Trim(),
            })
        );
        line.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return TypedResults.Ok(ServiceLineResponse.From(line, await ServiceLineAccess.FiguresAsync(db, id)));
    }
}
