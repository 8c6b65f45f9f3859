using CareCommissioning.Domain.Stakeholders;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>
/// A stakeholder: by default a person who has consented to contact and reads ordinary English, in a new organisation.
/// </summary>
public sealed class StakeholderBuilder(AppFactory app)
{
    private Guid? _organisation;
    private string _name = "Rhys Thomas";
    private StakeholderType _type = StakeholderType.Individual;
    private string? _affiliation;
    private string? _email = "rhys.thomas@example.org";
    private string? _language = "English";
    private CommunicationFormats _formats = CommunicationFormats.None;
    private bool _interpreter;
    private bool _advocate;
    private bool _consent = true;
    private bool _archived;

    public StakeholderBuilder In(Guid organisationId)
    {
        _organisation = organisationId;
        return this;
    }

    public StakeholderBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public StakeholderBuilder OfType(StakeholderType type, string? affiliation = null)
    {
        _type = type;
        _affiliation = affiliation;
        return this;
    }

    public StakeholderBuilder WithEmail(string? email)
    {
        _email = email;
        return this;
    }

    /// <summary>Their language, and whether they need an interpreter to be involved in it.</summary>
    public StakeholderBuilder Speaking(string language, bool interpreter = false)
    {
        _language = language;
        _interpreter = interpreter;
        return this;
    }

    public StakeholderBuilder NeedingFormats(CommunicationFormats formats)
    {
        _formats = formats;
        return this;
    }

    public StakeholderBuilder NeedingAnAdvocate()
    {
        _advocate = true;
        return this;
    }

    public StakeholderBuilder WithoutConsentToContact()
    {
        _consent = false;
        return this;
    }

    public StakeholderBuilder Archived()
    {
        _archived = true;
        return this;
    }

    public async Task<Stakeholder> SaveAsync()
    {
        var organisation = _organisation ?? (await new OrganisationBuilder(app).SaveAsync()).Id;
        var now = TestData.Now(app);
        var stakeholder = new Stakeholder
        {
            OrganisationId = organisation,
            Type = _type,
            Name = _name,
            Affiliation = _affiliation,
            Email = _email,
            PreferredLanguage = _language,
            Formats = _formats,
            InterpreterNeeded = _interpreter,
            AdvocateNeeded = _advocate,
            ConsentToContact = _consent,
            ConsentRecordedOn = _consent ? TestData.Today(app).AddMonths(-1) : null,
            Archived = _archived,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var scope = app.Scope(out var db);
        db.Stakeholders.Add(stakeholder);
        await db.SaveChangesAsync();
        return stakeholder;
    }
}
