namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>A scheme to add or, with the version read, to replace.</summary>
public sealed record SchemeRequest(
    string? Name,
    SchemeType? Type,
    Guid? LeadPartnerId,
    string? Description,
    string? Economies,
    string? EconomiesEvidence,
    string? EconomiesJudgement,
    Guid? AppraisalId,
    int? Version
)
{
    public SchemeDetails ToDetails() =>
        new(Name, Type, LeadPartnerId, Description, Economies, EconomiesEvidence, EconomiesJudgement);
}

/// <summary>A scheme as every partner sees it.</summary>
public sealed record SchemeResponse(
    Guid Id,
    Guid PartnershipId,
    string Name,
    SchemeType Type,
    Guid LeadPartnerId,
    string LeadPartner,
    string? Description,
    Guid? AppraisalId,
    string? Economies,
    string? EconomiesEvidence,
    string? EconomiesJudgement,
    int Version,
    DateTimeOffset UpdatedAt
)
{
    public static SchemeResponse From(PartnershipScheme s, PoolContext pool) =>
        new(
            s.Id,
            s.PartnershipId,
            s.Name,
            s.Type,
            s.LeadPartnerId,
            pool.NameOf(s.LeadPartnerId),
            s.Description,
            s.AppraisalId,
            s.Economies,
            s.EconomiesEvidence,
            s.EconomiesJudgement,
            s.Version,
            s.UpdatedAt
        );
}

/// <summary>One month of a scheme: <c>month</c> like "2026-04"; <c>version</c> is 0 for a month not yet held.</summary>
public sealed record SpendMonthDto(
    string Month,
    decimal Budget,
    decimal? Actual,
    decimal? Forecast,
    int Version,
    string? Source
);

/// <summary>A scheme's months of a financial year (2026 for 2026/27).</summary>
public sealed record SpendYearDto(int Year, IReadOnlyList<SpendMonthDto> Months);

/// <summary>Months to write, each with the version read (0 for a month not yet held); months left out stay as they
/// are.</summary>
public sealed record SpendYearRequest(IReadOnlyList<SpendMonthRequest> Months);

public sealed record SpendMonthRequest(
    string? Month,
    decimal? Budget,
    decimal? Actual,
    decimal? Forecast,
    int? Version
);

/// <summary>What an import wrote: months added, replaced, and already as the file gives them (left
/// untouched).</summary>
public sealed record SpendImportResponse(int Added, int Replaced, int Unchanged, int Schemes);

/// <summary>A spend file refused: every problem, by row, and nothing saved.</summary>
public sealed record SpendImportProblems(string Title, IReadOnlyList<string> Problems);

/// <summary>The pool's year: each scheme's figures, the totals, and each partner's share of the variance with its
/// working, or why there is no split yet.</summary>
public sealed record VarianceResponse(
    int Year,
    IReadOnlyList<VarianceSchemeDto> Schemes,
    VarianceFiguresDto Total,
    VarianceSplitDto? Split,
    IReadOnlyList<string> SplitProblems
)
{
    public static VarianceResponse From(PoolVariance.Report r) =>
        new(
            r.Year.StartYear,
            r.Schemes.Select(s => new VarianceSchemeDto(
                    s.Id,
                    s.Name,
                    s.Type,
                    s.LeadPartner,
                    VarianceFiguresDto.From(s.Figures)
                ))
                .ToList(),
            VarianceFiguresDto.From(r.Total),
            r.Split is { } split
                ? new VarianceSplitDto(
                    r.Request!.Rule.Method,
                    r.Request.Rule.Underspend,
                    split.Pool,
                    split.Outturn,
                    split.Variance,
                    split
                        .Shares.Select(s => new VarianceShareDto(s.Partner, s.Contribution, s.Share, s.Working))
                        .ToList(),
                    split.CarriedForward,
                    split.Rounding
                )
                : null,
            r.SplitProblems
        );
}

public sealed record VarianceSchemeDto(
    Guid Id,
    string Name,
    SchemeType Type,
    string LeadPartner,
    VarianceFiguresDto Figures
);

public sealed record VarianceFiguresDto(
    decimal Budget,
    decimal ActualToDate,
    decimal ForecastOutturn,
    decimal Variance,
    int MonthsEndedWithoutActual
)
{
    public static VarianceFiguresDto From(ForecastOutturn.Figures f) =>
        new(f.Budget, f.ActualToDate, f.Outturn, f.Variance, f.EndedWithoutActual);
}

public sealed record VarianceSplitDto(
    Domain.Partnerships.RiskShare.RiskShareMethod Rule,
    Domain.Partnerships.RiskShare.UnderspendTreatment Underspend,
    decimal Pool,
    decimal Outturn,
    decimal Variance,
    IReadOnlyList<VarianceShareDto> Shares,
    decimal CarriedForward,
    string Rounding
);

public sealed record VarianceShareDto(string Partner, decimal Contribution, decimal Share, string Working);
