namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>A contract design's outcomes and what they would mean (cost, the people and things needed, what could go
/// wrong, how it would last, what it had to be weighed against), and how the contract would be put in place, in easy
/// read for people who use services, carers and communities to decide with (CD-P3): short sentences, one idea a
/// line.</summary>
[Authorize(Policy = Policies.ContractOutcomesRead)]
public sealed class EasyReadModel(AppDbContext db, CurrentUser user) : PageModel
{
    public ContractDesign Design { get; private set; } = default!;
    public IReadOnlyList<ContractOutcome> Outcomes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await DesignAccess.FindAsync(db, user, id, Policies.ContractOutcomesRead) is not { } design)
            return NotFound();
        Design = design;
        Outcomes = await DesignAccess.OutcomesAsync(db, design);
        return Page();
    }

    /// <summary>A text as short sentences, one idea a line: split at line breaks, semicolons and full stops, each
    /// starting with a capital and ending with a full stop.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "")
            .Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(l => l.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(l => l.TrimEnd('.').Trim())
            .Where(l => l.Length > 0)
            .Select(l => char.ToUpperInvariant(l[0]) + l[1..] + (l[^1] is '?' or '!' ? "" : "."));
}
