using System.Net;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>A valid contract as the add form and the API take it, with a supplier on the council's register.</summary>
public static class ContractFixtures
{
    public const string Supplier = "Riverside Home Support CIC";

    public static async Task<Guid> SupplierIdAsync(AppFactory app, string name = Supplier)
    {
        await using var scope = app.Scope(out var db);
        var council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();
        return await db
            .Suppliers.Where(s => s.Name == name && s.OrganisationId == council)
            .Select(s => s.Id)
            .SingleAsync();
    }

    public static async Task<Form> FormAsync(AppFactory app, string reference, string title = "Supported living")
    {
        var supplier = await SupplierIdAsync(app);
        return new Form()
            .Set("Input.Reference", reference)
            .Set("Input.Title", title)
            .Set("Input.Description", "Support for adults with a learning disability")
            .Set("Input.SupplierId", supplier.ToString())
            .Set("Input.ProviderOrganisationId", "")
            .Set("Input.Type", "Block")
            .Set("Input.Status", "Active")
            .Set("Input.CpvCode", "85311200-4")
            .Set("Input.AwardRoute", "LightTouchCompetitive")
            .Set("Input.Value", "600,000")
            .Set("Input.StartDate.Day", "1")
            .Set("Input.StartDate.Month", "4")
            .Set("Input.StartDate.Year", "2026")
            .Set("Input.EndDate.Day", "31")
            .Set("Input.EndDate.Month", "3")
            .Set("Input.EndDate.Year", "2029")
            .Set("Input.ExtensionMonthsAvailable", "12");
    }

    public static async Task<Guid> AddAsync(AppFactory app, HttpClient client, Form form)
    {
        var response = await client.PostFormAsync("/contracts/add", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static async Task<string> JsonAsync(AppFactory app, string reference, decimal value = 600_000m) =>
        $$"""
            {"reference": "{{reference}}", "title": "API contract", "supplierId": "{{await SupplierIdAsync(app)}}",
             "type": "Spot", "status": "Active", "cpvCode": "85311200-4", "awardRoute": "LightTouchCompetitive",
             "value": {{value}}, "startDate": "2026-04-01", "endDate": "2028-03-31", "extensionMonthsAvailable": 0}
            """;
}
