namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>The monitoring section of the contract's page, so the page itself needs one line for it.</summary>
public sealed class ContractMonitoringViewComponent(AppDbContext db, CurrentUser user, TimeProvider clock)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Contract contract) =>
        View(
            "~/Pages/Contracts/Monitoring/_ContractMonitoringSection.cshtml",
            await ContractMonitoring.ReadAsync(db, user, contract, UkCalendar.Today(clock))
        );
}
