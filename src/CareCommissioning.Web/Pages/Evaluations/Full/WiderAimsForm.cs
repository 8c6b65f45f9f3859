namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>One wider aim's row as typed: the aim in words or one of the library's strategies, the effect and the
/// analysis.</summary>
public sealed class AimRow
{
    public string? Aim { get; set; }
    public string? StrategyId { get; set; }
    public string? Effect { get; set; }
    public string? Analysis { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Aim)
        && string.IsNullOrWhiteSpace(StrategyId)
        && string.IsNullOrWhiteSpace(Effect)
        && string.IsNullOrWhiteSpace(Analysis);
}

/// <summary>The answers for the analysis against the organisation's wider aims (EV-P13), kept as typed.</summary>
public sealed class WiderAimsForm : IVersionedForm
{
    public const int SpareRows = 2;

    public List<AimRow> Aims { get; set; } = [];
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> EffectItems =>
        Enum.GetValues<AimEffect>().Select(a => new SelectListItem(AimEffectNames.Display(a), a.ToString()));

    public static WiderAimsForm From(StrategyEvaluation e) =>
        new()
        {
            Aims = e
                .WiderAims.Select(a => new AimRow
                {
                    Aim = a.AimStrategyId is null ? a.Aim : null,
                    StrategyId = a.AimStrategyId?.ToString(),
                    Effect = a.Effect.ToString(),
                    Analysis = a.Analysis,
                })
                .ToList(),
            Version = e.Version,
        };

    /// <summary>The rows given, blank ones left out; a chosen library strategy gives the aim its title.</summary>
    public IReadOnlyList<WiderAimAnalysis> ToAims(IReadOnlyList<Strategy> library) =>
        Aims.Where(a => !a.IsBlank)
            .Select(a =>
            {
                var chosen = Guid.TryParse(a.StrategyId, out var sid) ? library.FirstOrDefault(s => s.Id == sid) : null;
                return new WiderAimAnalysis
                {
                    Aim = chosen?.Title ?? a.Aim?.Trim() ?? "",
                    AimStrategyId = chosen?.Id,
                    Effect = Enum.TryParse<AimEffect>(a.Effect, out var effect) ? effect : 0,
                    Analysis = a.Analysis?.Trim() ?? "",
                };
            })
            .ToList();
}
