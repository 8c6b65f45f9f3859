using System.Text.RegularExpressions;
using CareCommissioning.Web.Pages.Contracts.Designs;

namespace CareCommissioning.Web.Pages.Contracts.Api;

/// <summary>A priority outcome entered by hand (CD-P1): the outcome, who agreed it and how, when, and optionally how it
/// will be measured. Its organisation defaults to your only one where you keep contracts.</summary>
public sealed record NewOutcomeRequest
{
    public Guid? OrganisationId { get; init; }
    public string? Title { get; init; }
    public string? AgreedWith { get; init; }
    public DateOnly? AgreedOn { get; init; }
    public string? Indicator { get; init; }
    public string? Target { get; init; }

    public ContractOutcomeDetails ToDetails() => new(Title, AgreedWith, AgreedOn, Indicator, Target);
}

/// <summary>A priority outcome in full, as its page changes it (CD-P2, P4, P5, P7): its measure, its implications, any
/// conflict and how it was resolved, and the recommendation, with the version read.</summary>
public sealed record OutcomeRequest
{
    public string? Title { get; init; }
    public string? AgreedWith { get; init; }
    public DateOnly? AgreedOn { get; init; }
    public string? Indicator { get; init; }
    public string? Target { get; init; }
    public string? CostImplications { get; init; }
    public string? ResourceImplications { get; init; }
    public string? RiskImplications { get; init; }
    public string? SustainabilityImplications { get; init; }
    public string? Conflict { get; init; }
    public string? Resolution { get; init; }
    public string? ResolvedBy { get; init; }
    public DateOnly? ResolvedOn { get; init; }
    public bool Recommended { get; init; }
    public string? HowSpecified { get; init; }
    public string? HowEvidenced { get; init; }
    public int? Version { get; init; }

    public ContractOutcomeDetails ToDetails() =>
        new(
            Title,
            AgreedWith,
            AgreedOn,
            Indicator,
            Target,
            CostImplications,
            ResourceImplications,
            RiskImplications,
            SustainabilityImplications,
            Conflict,
            Resolution,
            ResolvedBy,
            ResolvedOn,
            Recommended,
            HowSpecified,
            HowEvidenced
        );
}

/// <summary>The decided options appraisal of your organisation whose outcomes to take.</summary>
public sealed record FromAppraisalRequest
{
    public Guid? AppraisalId { get; init; }
}

/// <summary>The answers for one part of a design, with the version of the design read.</summary>
public interface IDesignPartRequest
{
    int? Version { get; }
}

/// <summary>A design's title, the recommended outcomes it covers and the decided appraisal it follows, if any; the
/// organisation on starting one only, the version read on changing one.</summary>
public sealed record DesignOutlineRequest : IDesignPartRequest
{
    public Guid? OrganisationId { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<Guid>? OutcomeIds { get; init; }
    public Guid? AppraisalId { get; init; }
    public int? Version { get; init; }
}

/// <summary>How the outcomes will be agreed with providers at each stage used (CD-P8); a stage left out has no
/// way.</summary>
public sealed record AgreementsRequest : IDesignPartRequest
{
    public IReadOnlyList<AgreementItem?>? Agreements { get; init; }
    public int? Version { get; init; }
}

public sealed record AgreementItem(AgreementStage? Stage, string? Method, DateOnly? PlannedOn);

/// <summary>The approaches analysed (CD-P9), each once; <c>name</c> only for the approach "Other".</summary>
public sealed record ApproachesRequest : IDesignPartRequest
{
    public IReadOnlyList<ApproachItem?>? Approaches { get; init; }
    public int? Version { get; init; }
}

public sealed record ApproachItem(
    ContractApproach? Approach,
    string? Name,
    string? Benefits,
    string? Drawbacks,
    bool Chosen
);

/// <summary>What achieving each of the design's outcomes costs (CD-P10); an outcome left out is not costed
/// yet.</summary>
public sealed record CostsRequest : IDesignPartRequest
{
    public IReadOnlyList<CostItem?>? Costs { get; init; }
    public int? Version { get; init; }
}

public sealed record CostItem(
    Guid? OutcomeId,
    string? Unit,
    decimal? UnitCost,
    decimal? UnitsPerYear,
    int? Years,
    decimal? FairCostRate
);

/// <summary>The contract objectives by category, each once (CD-P11), and how to implement the contract
/// (CD-P6).</summary>
public sealed record ObjectivesRequest : IDesignPartRequest
{
    public IReadOnlyList<ObjectiveItem?>? Objectives { get; init; }
    public string? Implementation { get; init; }
    public int? Version { get; init; }
}

public sealed record ObjectiveItem(ObjectiveCategory? Category, string? Objective, string? HowAchieved);

/// <summary>The answers the contract type advice is drawn from and the type recommended (CD-P12); a type that departs
/// from the advice needs a reason.</summary>
public sealed record ContractTypeRequest : IDesignPartRequest
{
    public bool? VolumePredictable { get; init; }
    public bool? PersonDirects { get; init; }
    public bool? OutcomesMeasurable { get; init; }
    public ProvidersNeeded? Providers { get; init; }
    public string? CpvCode { get; init; }
    public DateOnly? PlannedStart { get; init; }
    public ContractType? RecommendedType { get; init; }
    public string? TypeReason { get; init; }
    public int? Version { get; init; }

    public TypeAnswers ToAnswers() =>
        new(
            VolumePredictable,
            PersonDirects,
            OutcomesMeasurable,
            Providers is { } p && Enum.IsDefined(p) ? p : null,
            CpvCode,
            PlannedStart
        );
}

/// <summary>The version of the design read, to mark it ready.</summary>
public sealed record ReadyRequest
{
    public int? Version { get; init; }
}

/// <summary>A contractual provision (CD-P13); the version read on changing one.</summary>
public sealed record ProvisionRequest
{
    public ProvisionKind? Kind { get; init; }
    public string? Title { get; init; }
    public string? Text { get; init; }
    public Guid? OutcomeId { get; init; }
    public decimal? Amount { get; init; }
    public decimal? Percentage { get; init; }
    public DateOnly? Date { get; init; }
    public int? Version { get; init; }

    public ProvisionDetails ToDetails() =>
        new(Kind is { } k && Enum.IsDefined(k) ? k : null, Title, Text, OutcomeId, Amount, Percentage, Date);
}

/// <summary>
/// A list a design part's rules check in a fixed order (one row a stage, approach, outcome or category) made from the
/// rows a request sent in any order, each naming its key once; and the rules' fields (<c>Agreements[2].Method</c>, by
/// the fixed order) mapped back to the JSON path of the row sent (<c>agreements[0].method</c>), or to the list itself
/// where that row was not sent.
/// </summary>
public sealed class RequestRows<TKey, TItem>
    where TKey : struct
    where TItem : class
{
    private readonly string _list;
    private readonly int?[] _sentAt;

    /// <summary>The row sent for each key in order, or null.</summary>
    public IReadOnlyList<TItem?> Ordered { get; }

    /// <summary>Rows that cannot be placed: null, without a key, with a key not offered, or a key sent twice.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    public RequestRows(
        string list,
        IReadOnlyList<TItem?>? sent,
        IReadOnlyList<TKey> order,
        Func<TItem, TKey?> key,
        string keyName,
        string keyWords
    )
    {
        _list = list;
        _sentAt = new int?[order.Count];
        var ordered = new TItem?[order.Count];
        var errors = new List<FieldError>();
        var rows = sent ?? [];
        for (var j = 0; j < rows.Count; j++)
        {
            var at = $"{list}[{j}]";
            if (rows[j] is not { } row)
            {
                errors.Add(new(at, "A row cannot be null"));
                continue;
            }
            var i = key(row) is { } k ? IndexOf(order, k) : -1;
            if (i < 0)
                errors.Add(new($"{at}.{keyName}", $"Give {keyWords}"));
            else if (_sentAt[i] is not null)
                errors.Add(new($"{at}.{keyName}", "Give each one once"));
            else
                (ordered[i], _sentAt[i]) = (row, j);
        }
        (Ordered, Errors) = (ordered, errors);
    }

    private static int IndexOf(IReadOnlyList<TKey> order, TKey key)
    {
        for (var i = 0; i < order.Count; i++)
            if (EqualityComparer<TKey>.Default.Equals(order[i], key))
                return i;
        return -1;
    }

    /// <summary>The JSON path of a rule's field: a row of this list at where it was sent, anything else
    /// camelCased.</summary>
    public string JsonField(string field)
    {
        if (RequestPaths.Row(field, _list) is not { } row)
            return RequestPaths.Camel(field);
        var (i, rest) = row;
        return i < _sentAt.Length && _sentAt[i] is { } j ? $"{_list}[{j}]{RequestPaths.Camel(rest)}" : _list;
    }
}

/// <summary>The JSON spelling of the rules' field names.</summary>
public static partial class RequestPaths
{
    /// <summary><c>Agreements[2].Method</c> is agreements[2].method.</summary>
    public static string Camel(string field) => Segment().Replace(field, s => s.Value.ToLowerInvariant());

    /// <summary>The index and the rest of a field in the list, like (2, ".Method"); null for another field.</summary>
    public static (int Index, string Tail)? Row(string field, string list)
    {
        var m = RowPattern().Match(field);
        return m.Success && string.Equals(m.Groups[1].Value, list, StringComparison.OrdinalIgnoreCase)
            ? (int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[3].Value)
            : null;
    }

    [GeneratedRegex(@"^(\w+)\[(\d+)\](.*)$")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"(?<=^|\.)[A-Z]")]
    private static partial Regex Segment();
}
