using CareCommissioning.Domain.Risks;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>
/// A risk: by default an open financial risk scored 3 × 4 with a mitigation and a review date, in a new organisation.
/// </summary>
public sealed class RiskBuilder(AppFactory app)
{
    private Guid? _organisation;
    private string _title = "Provider fees rise faster than the budget";
    private RiskCategory _category = RiskCategory.Financial;
    private string _owner = "Tom Evans";
    private int _likelihood = 3;
    private int _impact = 4;
    private (int Likelihood, int Impact)? _residual;
    private string? _mitigation = "Agree a fee uplift formula with the provider forum.";
    private RiskStatus _status = RiskStatus.Open;
    private bool _positive;
    private (string Type, Guid Id)? _linked;

    public RiskBuilder In(Guid organisationId)
    {
        _organisation = organisationId;
        return this;
    }

    public RiskBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public RiskBuilder InCategory(RiskCategory category)
    {
        _category = category;
        return this;
    }

    public RiskBuilder OwnedBy(string owner)
    {
        _owner = owner;
        return this;
    }

    public RiskBuilder Scored(int likelihood, int impact)
    {
        _likelihood = likelihood;
        _impact = impact;
        return this;
    }

    public RiskBuilder WithResidual(int likelihood, int impact)
    {
        _residual = (likelihood, impact);
        return this;
    }

    public RiskBuilder InStatus(RiskStatus status)
    {
        _status = status;
        return this;
    }

    public RiskBuilder TakenPositively()
    {
        _positive = true;
        return this;
    }

    public RiskBuilder LinkedTo(string recordType, Guid recordId)
    {
        _linked = (recordType, recordId);
        return this;
    }

    public async Task<Risk> SaveAsync()
    {
        var organisation = _organisation ?? (await new OrganisationBuilder(app).SaveAsync()).Id;
        var now = TestData.Now(app);
        var risk = new Risk
        {
            OrganisationId = organisation,
            Title = _title,
            Category = _category,
            Owner = _owner,
            Likelihood = _likelihood,
            Impact = _impact,
            ResidualLikelihood = _residual?.Likelihood,
            ResidualImpact = _residual?.Impact,
            Mitigation = _mitigation,
            Status = _status,
            PositiveRiskTaking = _positive,
            ReviewDate = TestData.Today(app).AddMonths(3),
            LinkedRecordType = _linked?.Type,
            LinkedRecordId = _linked?.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var scope = app.Scope(out var db);
        db.Risks.Add(risk);
        await db.SaveChangesAsync();
        return risk;
    }
}
