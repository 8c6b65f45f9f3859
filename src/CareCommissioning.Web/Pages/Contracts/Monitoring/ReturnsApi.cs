using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>A provider's KPI return for a period, as sent over the API.</summary>
public sealed record ReturnRequest
{
    /// <summary>The first day of the period: the 1st of a month, or of April, July, October or January for a
    /// quarterly KPI.</summary>
    public required DateOnly PeriodStart { get; init; }

    /// <summary>A value for each KPI returned for the period.</summary>
    [MaxLength(100)]
    public required IReadOnlyList<ReturnValueRequest> Values { get; init; }
}

public sealed record ReturnValueRequest
{
    public required Guid KpiId { get; init; }

    /// <summary>The value as text, read by the KPI's unit: "96.5", "96.5%", "£1,250.50", "12" or "yes".</summary>
    [MaxLength(50)]
    public required string Value { get; init; }

    [MaxLength(ContractKpiReturn.CommentMaxLength)]
    public string? Comment { get; init; }
}

/// <summary>A return received, with each value rated against its KPI as the KPI is now.</summary>
public sealed record ReturnResponse(
    Guid Id,
    DateOnly PeriodStart,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    bool OnBehalfOfProvider,
    PerformanceRating Rating,
    IReadOnlyList<ReturnValueResponse> Values
);

public sealed record ReturnValueResponse(
    Guid KpiId,
    string Kpi,
    decimal Value,
    string Shown,
    string? Comment,
    PerformanceRating Rating,
    RagStatus Rag,
    string Explanation
);

/// <summary>KPI returns over JSON (CD-P18), with a personal API token: the same rules and the same people as the return
/// page. A contract the caller may not send returns for is "not found".</summary>
public static class ReturnsApi
{
    public static RouteGroupBuilder MapContractReturnsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/contracts/{id:guid}/returns").WithTags("Contracts");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.ContractsRead)
            .WithName("ListContractReturns")
            .WithSummary("A contract's KPI returns, earliest first, each value rated against its KPI.");
        g.MapPost("/", Submit)
            .RequireAuthorization(Policies.ContractsSubmitReturns)
            .WithName("SubmitContractReturn")
            .WithSummary(
                "Send the KPI return for a period: a value for each KPI of the period. One return a period; 409 if another arrived first."
            );
        return api;
    }

    internal static async Task<Results<Ok<IReadOnlyList<ReturnResponse>>, ProblemHttpResult>> List(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var c = await ContractAccess.FindVisibleAsync(db, user, id);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var kpis = await MonitoringAccess.KpisAsync(db, id);
        var returns = await ReturnCommands.ListAsync(db, id);
        return TypedResults.Ok<IReadOnlyList<ReturnResponse>>(returns.Select(r => From(r, kpis)).ToList());
    }

    internal static async Task<Results<Created<ReturnResponse>, ValidationProblem, ProblemHttpResult>> Submit(
        Guid id,
        ReturnRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var c = await MonitoringAccess.FindForReturnsAsync(db, user, id);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var outcome = await ReturnCommands.SubmitAsync(
            db,
            user,
            c,
            request.PeriodStart,
            [.. request.Values.Select(v => new KpiReturnEntry(v.KpiId, v.Value, v.Comment))],
            clock.GetUtcNow()
        );
        if (outcome.Conflict)
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "A return for this period has been received",
                detail: outcome.Errors[0].Message
            );
        if (!outcome.Saved)
            return ApiErrors.Validation(outcome.Errors.Select(e => e with { Field = JsonField(e.Field) }));
        var kpis = await MonitoringAccess.KpisAsync(db, id);
        return TypedResults.Created($"/api/v1/contracts/{id}/returns", From(outcome.Return!, kpis));
    }

    /// <summary>"Period" is the request's periodStart; "Values[0].Value" is values[0].value.</summary>
    private static string JsonField(string field) =>
        field == "Period"
            ? "periodStart"
            : field
                .Replace("Values", "values", StringComparison.Ordinal)
                .Replace(".Value", ".value", StringComparison.Ordinal)
                .Replace(".KpiId", ".kpiId", StringComparison.Ordinal)
                .Replace(".Comment", ".comment", StringComparison.Ordinal);

    private static ReturnResponse From(ContractKpiReturn r, IReadOnlyList<ContractKpi> kpis) =>
        new(
            r.Id,
            r.PeriodStart,
            r.SubmittedAt,
            r.SubmittedByName,
            r.OnBehalf,
            r.Rating,
            kpis.Select(k => (Kpi: k, Value: r.Values.FirstOrDefault(v => v.KpiId == k.Id)))
                .Where(x => x.Value is not null)
                .Select(x =>
                {
                    var (k, v) = (x.Kpi, x.Value!);
                    var rated = KpiRating.Rate(k.Definition, v.Value);
                    return new ReturnValueResponse(
                        k.Id,
                        k.Name,
                        v.Value,
                        KpiValues.Format(k.Unit, v.Value),
                        v.Comment,
                        rated.Rating,
                        rated.Rag,
                        rated.Explanation
                    );
                })
                .ToList()
        );
}
