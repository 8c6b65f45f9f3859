namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>When and how the outcomes will be agreed with providers (CD-P8): a way and a planned date for each stage
/// used, from market engagement to the first contract review.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class AgreementModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : DesignPartPageModel(db, user, clock)
{
    protected override string Part => "How the outcomes will be agreed";

    protected override void Apply(ContractDesign d, DateTimeOffset now) =>
        ApplyPart(d, new AgreementsPart(Input.AgreementEntries(ModelState, nameof(Input))), now);

    protected override string Describe(ContractDesign d) =>
        string.Join(
            "; ",
            d.Agreements.Select(a =>
                $"{AgreementStageNames.Display(a.Stage)}: {a.Method}"
                + (a.PlannedOn is { } on ? $" ({Display.Date(on)})" : "")
            )
        );
}
