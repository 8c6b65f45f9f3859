using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>
/// An organisation of the test's own, so what it holds is exactly what the test put there. By default a council with no
/// purchasing rules; <see cref="WithPurchasingRules"/> gives it the default rules, in force from the start of this
/// financial year.
/// </summary>
public sealed class OrganisationBuilder(AppFactory app)
{
    private string _name = "Fenmoor District Council " + TestData.Mark();
    private OrganisationType _type = OrganisationType.Council;
    private string? _code;
    private bool _archived;
    private bool _rules;

    public OrganisationBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public OrganisationBuilder OfType(OrganisationType type)
    {
        _type = type;
        return this;
    }

    public OrganisationBuilder WithCode(string code)
    {
        _code = code;
        return this;
    }

    public OrganisationBuilder Archived()
    {
        _archived = true;
        return this;
    }

    public OrganisationBuilder WithPurchasingRules()
    {
        _rules = true;
        return this;
    }

    public async Task<Organisation> SaveAsync()
    {
        var organisation = new Organisation
        {
            Name = _name,
            Type = _type,
            Code = _code,
            Archived = _archived,
        };
        await using var scope = app.Scope(out var db);
        db.Organisations.Add(organisation);
        if (_rules)
        {
            var today = TestData.Today(app);
            var financialYearStart = new DateOnly(today.Month < 4 ? today.Year - 1 : today.Year, 4, 1);
            var rules = PurchasingRuleSet.Default(organisation.Id, financialYearStart);
            rules.CreatedAt = TestData.Now(app);
            db.PurchasingRuleSets.Add(rules);
        }
        await db.SaveChangesAsync();
        return organisation;
    }
}
