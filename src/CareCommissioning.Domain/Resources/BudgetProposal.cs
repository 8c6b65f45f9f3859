namespace CareCommissioning.Domain.Resources;

public enum ProposalStatus
{
    Open = 1,
    Agreed = 2,
    Withdrawn = 3,
}

public enum RoundKind
{
    Proposal = 1,
    CounterProposal = 2,
    Clarification = 3,
    Answer = 4,
    Agreement = 5,
}

/// <summary>One step of a negotiation: who said what, with which amounts by year, and by when the other side should
/// answer.</summary>
public sealed class NegotiationRound
{
    public RoundKind Kind { get; set; }
    public string By { get; set; } = "";
    public string ByRole { get; set; } = "";

    /// <summary>Amount by financial year (start year) proposed in this round; empty for a clarification or an
    /// answer.</summary>
    public List<YearAmountProposal> Amounts { get; set; } = [];
    public string Message { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public DateTimeOffset At { get; set; }
    public bool Reminded { get; set; }
}

public sealed class YearAmountProposal
{
    public int Year { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>
/// The negotiation of the budget for an appraisal's priority on one budget head (OA-P20…P22): rounds of proposal,
/// counter-proposal and clarification, each with a due date, until the amounts are agreed.
/// </summary>
public sealed class BudgetProposal : IAudited, IVersioned, IOrganisationOwned
{
    public const int MessageMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid AppraisalId { get; set; }
    public Guid BudgetHeadId { get; set; }
    public ProposalStatus Status { get; set; } = ProposalStatus.Open;
    public List<NegotiationRound> Rounds { get; set; } = [];
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>The amounts on the table: those of the latest proposal or counter-proposal.</summary>
    public IReadOnlyList<YearAmountProposal> Current => BudgetNegotiation.Current(Rounds);

    /// <summary>The round waiting for an answer, if its due date has passed by <paramref name="today"/>.</summary>
    public NegotiationRound? Overdue(DateOnly today) =>
        Status == ProposalStatus.Open && Rounds.LastOrDefault() is { DueOn: { } due } last && due < today ? last : null;
}

/// <summary>
/// Negotiation in rounds, shared by an appraisal's budget proposal (OA-P20…P22) and a partnership's agreement (PB-P12):
/// the same kinds of round, the same rules for what a round needs, the same way an agreement fixes the amounts on the
/// table.
/// </summary>
public static class BudgetNegotiation
{
    public const decimal MaxAmount = 10_000_000_000m;

    /// <summary>The amounts on the table: those of the latest proposal or counter-proposal.</summary>
    public static IReadOnlyList<YearAmountProposal> Current(IReadOnlyList<NegotiationRound> rounds) =>
        rounds.LastOrDefault(r => r.Kind is RoundKind.Proposal or RoundKind.CounterProposal)?.Amounts ?? [];

    /// <summary>Why a round cannot be added, named by the field to correct ("" for the round as a whole), or null when
    /// it can.</summary>
    public static FieldError? Refusal(
        BudgetProposal p,
        RoundKind kind,
        IReadOnlyList<YearAmountProposal> amounts,
        string? message,
        DateOnly? dueOn,
        DateOnly today
    ) =>
        Refusal(
            p.Rounds,
            p.Status == ProposalStatus.Open
                ? null
                : "This negotiation has ended; start a new proposal to change the budget",
            kind,
            amounts,
            message,
            dueOn,
            today
        );

    /// <summary>Why a round cannot be added to <paramref name="rounds"/>; <paramref name="closed"/> says why the
    /// negotiation takes no more rounds, or is null while it is open.</summary>
    public static FieldError? Refusal(
        IReadOnlyList<NegotiationRound> rounds,
        string? closed,
        RoundKind kind,
        IReadOnlyList<YearAmountProposal> amounts,
        string? message,
        DateOnly? dueOn,
        DateOnly today
    )
    {
        if (closed is not null)
            return new("", closed);
        if (!Enum.IsDefined(kind))
            return new("Kind", "Select what you are sending");
        if (kind == RoundKind.Proposal && rounds.Count > 0)
            return new("Kind", "Send a counter-proposal to change the amounts");
        if (kind != RoundKind.Proposal && rounds.Count == 0)
            return new("Kind", "Start with a proposal");
        if (kind is RoundKind.Proposal or RoundKind.CounterProposal)
        {
            if (amounts.Count == 0)
                return new("Amounts", "Enter an amount for at least one year");
            if (amounts.Any(a => a.Amount < 0))
                return new("Amounts", "Amounts must be £0 or more");
            if (amounts.Any(a => a.Amount > MaxAmount))
                return new("Amounts", "Amounts must be £10,000,000,000 or less");
        }
        if (kind == RoundKind.Agreement && Current(rounds).Count == 0)
            return new("Kind", "There are no amounts to agree yet");
        if (kind is not RoundKind.Agreement && string.IsNullOrWhiteSpace(message))
            return new("Message", "Enter a message explaining your round");
        if (message?.Length > BudgetProposal.MessageMaxLength)
            return new("Message", "The message must be 4,000 characters or fewer");
        if (kind is not (RoundKind.Agreement or RoundKind.Answer) && dueOn is null)
            return new("DueOn", "Enter the date you need an answer by");
        if (dueOn is { } d && d < today)
            return new("DueOn", "The date for an answer must be today or later");
        return null;
    }

    public static void Add(BudgetProposal p, NegotiationRound round)
    {
        Add(p.Rounds, round);
        if (round.Kind == RoundKind.Agreement)
            p.Status = ProposalStatus.Agreed;
    }

    /// <summary>Adds the round; an agreement records the amounts it agreed, those on the table.</summary>
    public static void Add(List<NegotiationRound> rounds, NegotiationRound round)
    {
        if (round.Kind == RoundKind.Agreement)
            round.Amounts = Current(rounds)
                .Select(a => new YearAmountProposal { Year = a.Year, Amount = a.Amount })
                .ToList();
        rounds.Add(round);
    }
}
