using CareCommissioning.Domain.Mcda;

namespace CareCommissioning.Web.Pages.Appraisals.Api;

/// <summary>Starts an appraisal.</summary>
public sealed record AppraisalCreateRequest(
    string? Title,
    string? Purpose,
    Guid? ServiceLineId,
    int? BaseYear,
    int? HorizonYears,
    string? Schedule,
    Guid? OrganisationId = null
);

/// <summary>Replaces the appraisal's whole content; send the version you read (409 if someone changed it
/// since).</summary>
public sealed record AppraisalContentRequest(int? Version, AppraisalContent? Content);

/// <summary>Moves the appraisal to another status; send the version you read.</summary>
public sealed record AppraisalStatusRequest(int? Version, AppraisalStatus? To);

public sealed record AppraisalSummaryResponse(
    Guid Id,
    string Title,
    AppraisalStatus Status,
    int BaseYear,
    int HorizonYears,
    int Version,
    DateTimeOffset UpdatedAt
);

/// <summary>An appraisal with its content and what the domain works out from it.</summary>
public sealed record AppraisalResponse(
    Guid Id,
    string Title,
    Guid? ServiceLineId,
    int BaseYear,
    int HorizonYears,
    string Schedule,
    AppraisalStatus Status,
    int Version,
    DateTimeOffset UpdatedAt,
    AppraisalContent Content,
    AppraisalResults Results,
    IReadOnlyList<AppraisalStatus> NextSteps
);

public sealed record AppraisalResults(
    IReadOnlyList<OptionResult>? Economic,
    string? EconomicBlocker,
    IReadOnlyList<SensitivityResponse>? Sensitivity,
    McdaResult? Mcda,
    string? McdaBlocker,
    IReadOnlyList<MonteCarloOptionResponse>? MonteCarlo
);

public sealed record SensitivityResponse(
    string Name,
    decimal CostChange,
    decimal BenefitChange,
    string Preferred,
    IReadOnlyDictionary<string, decimal> Npsv
);

public sealed record MonteCarloOptionResponse(
    string Name,
    decimal Mean,
    decimal P10,
    decimal P50,
    decimal P90,
    decimal? ProbabilityBeatsBaseline
);

public sealed record AppraisalVersionResponse(
    int Number,
    AppraisalStatus Status,
    string Title,
    DateTimeOffset FrozenAt,
    string FrozenBy,
    string? Note,
    AppraisalContent Content
);

public static class AppraisalMapping
{
    public static AppraisalResponse From(Appraisal a)
    {
        var economic = AppraisalCalculator.Economic(a);
        var monteCarlo = a.Content.Uncertainties.Count > 0 ? AppraisalCalculator.MonteCarlo(a) : null;
        return new AppraisalResponse(
            a.Id,
            a.Title,
            a.ServiceLineId,
            a.BaseYear,
            a.HorizonYears,
            a.Schedule,
            a.Status,
            a.Version,
            a.UpdatedAt,
            a.Content,
            new AppraisalResults(
                economic?.Results,
                AppraisalCalculator.EconomicBlocker(a.Content),
                economic
                    ?.Sensitivity.Select(s => new SensitivityResponse(
                        s.Name,
                        s.CostChange,
                        s.BenefitChange,
                        s.Preferred,
                        economic.Results.Select((r, i) => (r.Name, s.Npsv[i])).ToDictionary(x => x.Name, x => x.Item2)
                    ))
                    .ToList(),
                AppraisalCalculator.Mcda(a.Content),
                AppraisalCalculator.McdaBlocker(a.Content),
                monteCarlo
                    ?.Options.Select(o => new MonteCarloOptionResponse(
                        o.Option,
                        o.Mean,
                        o.P10,
                        o.P50,
                        o.P90,
                        o.ProbabilityBeatsBaseline
                    ))
                    .ToList()
            ),
            AppraisalWorkflow.NextSteps(a.Status)
        );
    }
}
