namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// Records of sharing part of an evaluation (EV-P4, P9, P14, P18) and of information exchanged with other agencies
/// (EV-P5), for the pages and the API alike; nothing is saved when an answer is wrong.
/// </summary>
public static class SharingCommands
{
    public sealed record ShareAnswers(
        SharedItem Item,
        SharedWith Audience,
        string? Recipients,
        PlanFormats Formats,
        DateOnly? SharedOn,
        string? Response
    );

    public static async Task<(EvaluationSharing? Saved, IReadOnlyList<FieldError> Errors)> RecordSharingAsync(
        AppDbContext db,
        CurrentUser user,
        StrategyEvaluation evaluation,
        ShareAnswers a,
        DateTimeOffset now,
        DateOnly today
    )
    {
        var sharing = new EvaluationSharing
        {
            OrganisationId = evaluation.OrganisationId,
            EvaluationId = evaluation.Id,
            Item = a.Item,
            // A draft report's record names the version that was out for feedback.
            ReportVersion = a.Item == SharedItem.DraftReport ? evaluation.LatestReport?.Number : null,
            Audience = a.Audience,
            Recipients = a.Recipients?.Trim() ?? "",
            Formats = a.Formats,
            SharedOn = a.SharedOn ?? default,
            Response = string.IsNullOrWhiteSpace(a.Response) ? null : a.Response.Trim(),
            ByName = user.DisplayName,
            At = now,
        };
        var errors = EvaluationSharing.Validate(sharing, today).ToList();
        if (a.Item == SharedItem.DraftReport && evaluation.LatestReport is null)
            errors.Add(new(nameof(EvaluationSharing.Item), "Issue a draft report before recording that you shared it"));
        if (errors.Count > 0)
            return (null, errors);
        db.EvaluationSharings.Add(sharing);
        await db.SaveChangesAsync();
        return (sharing, []);
    }

    public static Task<List<EvaluationSharing>> SharingsAsync(AppDbContext db, Guid evaluationId, SharedItem? item) =>
        db
            .EvaluationSharings.AsNoTracking()
            .Where(s => s.EvaluationId == evaluationId && (item == null || s.Item == item))
            .OrderByDescending(s => s.SharedOn)
            .ThenByDescending(s => s.At)
            .ToListAsync();

    public sealed record ExchangeAnswers(
        string? Agency,
        ExchangeDirection? Direction,
        string? Information,
        SharingBasis? Basis,
        string? Agreement,
        DateOnly? ExchangedOn
    );

    public static async Task<(InformationExchange? Saved, IReadOnlyList<FieldError> Errors)> RecordExchangeAsync(
        AppDbContext db,
        CurrentUser user,
        StrategyEvaluation evaluation,
        ExchangeAnswers a,
        DateTimeOffset now,
        DateOnly today
    )
    {
        var exchange = new InformationExchange
        {
            OrganisationId = evaluation.OrganisationId,
            EvaluationId = evaluation.Id,
            Agency = a.Agency?.Trim() ?? "",
            Direction = a.Direction ?? default,
            Information = a.Information?.Trim() ?? "",
            Basis = a.Basis ?? default,
            Agreement = string.IsNullOrWhiteSpace(a.Agreement) ? null : a.Agreement.Trim(),
            ExchangedOn = a.ExchangedOn ?? default,
            ByName = user.DisplayName,
            At = now,
        };
        var errors = InformationExchange.Validate(exchange, today);
        if (errors.Count > 0)
            return (null, errors);
        db.InformationExchanges.Add(exchange);
        await db.SaveChangesAsync();
        return (exchange, []);
    }

    public static Task<List<InformationExchange>> ExchangesAsync(AppDbContext db, Guid evaluationId) =>
        db
            .InformationExchanges.AsNoTracking()
            .Where(x => x.EvaluationId == evaluationId)
            .OrderByDescending(x => x.ExchangedOn)
            .ThenByDescending(x => x.At)
            .ToListAsync();

    /// <summary>The formats named, or null when one of them is not a way the evaluation is shared.</summary>
    public static PlanFormats? FormatsOf(IEnumerable<string>? names)
    {
        var formats = PlanFormats.None;
        foreach (var name in names ?? [])
        {
            if (!Enum.TryParse<PlanFormats>(name, out var one) || !PlanFormatsNames.Each.Contains(one))
                return null;
            formats |= one;
        }
        return formats;
    }

    /// <summary>The audiences named, or null when one is not known.</summary>
    public static SharedWith? AudienceOf(IEnumerable<string>? names)
    {
        var audience = SharedWith.None;
        foreach (var name in names ?? [])
        {
            if (!Enum.TryParse<SharedWith>(name, out var one) || !SharedWithNames.Each.Contains(one))
                return null;
            audience |= one;
        }
        return audience;
    }
}
