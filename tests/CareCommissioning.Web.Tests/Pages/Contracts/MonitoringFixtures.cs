using CareCommissioning.Domain.Contracts;
using CareCommissioning.Domain.Contracts.Monitoring;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>A council contract naming Brightwater Home Care Ltd (provider@demo.test) as provider, from 1 April 2026 to
/// 31 March 2029, with two quarterly KPIs: visits on time (95%, tolerance 2 points, inadequate below 85%) and missed
/// visits (at most 0, tolerance 3).</summary>
public static class MonitoringFixtures
{
    public sealed record Made(Guid Contract, Guid OnTime, Guid Missed);

    public static async Task<Made> ContractWithKpisAsync(AppFactory app, string reference)
    {
        var supplier = await ContractFixtures.SupplierIdAsync(app, DemoUsers.FirstProvider);
        await using var scope = app.Scope(out var db);
        var council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();
        var provider = await db
            .Organisations.Where(o => o.Name == DemoUsers.FirstProvider)
            .Select(o => o.Id)
            .SingleAsync();
        var now = app.Clock.GetUtcNow();
        var contract = new Contract
        {
            OrganisationId = council,
            Reference = reference,
            Title = "Monitored home care " + reference,
            SupplierId = supplier,
            ProviderOrganisationId = provider,
            Type = ContractType.Block,
            Status = ContractStatus.Active,
            CpvCode = "85311200-4",
            AwardRoute = AwardRoute.LightTouchCompetitive,
            Value = 500_000m,
            StartDate = new DateOnly(2026, 4, 1),
            EndDate = new DateOnly(2029, 3, 31),
            CreatedAt = now,
            UpdatedAt = now,
        };
        ContractKpi Kpi(
            string name,
            KpiUnit unit,
            KpiDirection direction,
            decimal target,
            decimal tol,
            decimal? red,
            int n
        ) =>
            new()
            {
                OrganisationId = council,
                ContractId = contract.Id,
                Name = name,
                Unit = unit,
                Direction = direction,
                Target = target,
                AmberTolerance = tol,
                RedThreshold = red,
                Frequency = ReturnFrequency.Quarterly,
                CreatedAt = now.AddSeconds(n),
                UpdatedAt = now,
            };
        var onTime = Kpi("Visits on time", KpiUnit.Percentage, KpiDirection.HigherIsBetter, 95m, 2m, 85m, 0);
        var missed = Kpi("Missed visits", KpiUnit.Count, KpiDirection.LowerIsBetter, 0m, 3m, null, 1);
        db.Contracts.Add(contract);
        db.ContractKpis.AddRange(onTime, missed);
        await db.SaveChangesAsync();
        return new(contract.Id, onTime.Id, missed.Id);
    }

    public static Form ReturnForm(Made m, string onTime, string missed, string? comment = null) =>
        new Form()
            .Set("Values[0].KpiId", m.OnTime.ToString())
            .Set("Values[0].Value", onTime)
            .Set("Values[0].Comment", comment ?? "")
            .Set("Values[1].KpiId", m.Missed.ToString())
            .Set("Values[1].Value", missed)
            .Set("Values[1].Comment", "");

    public static string ReturnJson(Made m, string period, string onTime, string missed) =>
        $$"""
            {"periodStart": "{{period}}", "values": [
              {"kpiId": "{{m.OnTime}}", "value": "{{onTime}}", "comment": "From call monitoring"},
              {"kpiId": "{{m.Missed}}", "value": "{{missed}}"}]}
            """;
}
