namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>
/// One contract design, every part of it (CD-P6, P8…P13): the outcomes it covers, when and how they will be agreed
/// with providers, the approaches analysed, what achieving each outcome costs against the fair cost of care, the
/// objectives, the recommended contract type with the advice, the provisions, and what is still missing before it is
/// ready; what each outcome would mean in plain English, and who it was shared with and what they decided (CD-P3).
/// </summary>
[Authorize(Policy = Policies.ContractOutcomesRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public ContractDesign Design { get; private set; } = default!;
    public IReadOnlyList<ContractOutcome> Outcomes { get; private set; } = [];
    public IReadOnlyList<ContractProvision> Provisions { get; private set; } = [];
    public IReadOnlyList<string> Missing { get; private set; } = [];

    /// <summary>Who the outcomes and their implications were shared with and what they decided (CD-P3).</summary>
    public IReadOnlyList<DesignShare> Shares { get; private set; } = [];
    public string? Appraisal { get; private set; }
    public TypeAdvice Advice { get; private set; } = default!;
    public bool CanChange { get; private set; }

    public string OutcomeTitle(Guid? id) =>
        Outcomes.FirstOrDefault(o => o.Id == id)?.Title ?? "An outcome no longer in the design";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await DesignAccess.FindAsync(db, user, id, Policies.ContractOutcomesRead) is not { } design)
            return NotFound();
        Design = design;
        CanChange = user.Can(Policies.ContractsWrite, design.OrganisationId);
        Outcomes = await DesignAccess.OutcomesAsync(db, design);
        Provisions = await db
            .ContractProvisions.AsNoTracking()
            .Where(p => p.DesignId == id)
            .OrderBy(p => p.Kind)
            .ThenBy(p => p.Title)
            .ToListAsync();
        Shares = await DesignShares.ListAsync(db, design);
        Missing = ContractDesignRules.Missing(Outcomes.Select(o => (o.Id, o.Title)).ToList(), Provisions);
        if (design.AppraisalId is { } appraisal)
            Appraisal = await db.Appraisals.Where(a => a.Id == appraisal).Select(a => a.Title).FirstOrDefaultAsync();
        Advice = await DesignAdvice.ForAsync(db, design, UkCalendar.Today(clock));
        return Page();
    }
}
