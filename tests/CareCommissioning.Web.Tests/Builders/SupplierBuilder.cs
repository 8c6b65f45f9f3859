using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>
/// A supplier on an organisation's register: by default an active small company supplying medical furniture
/// (33192000-2), neither preferred nor quality-assured, so unfamiliar to a purchaser, in a new organisation.
/// </summary>
public sealed class SupplierBuilder(AppFactory app)
{
    private Guid? _organisation;
    private string _name = "Wolds Care Equipment Ltd";
    private string? _company = "05544332";
    private string? _charity;
    private string _postcode = "WD2 7QJ";
    private SupplierSize _size = SupplierSize.Small;
    private bool _vcse;
    private SupplierStatus _status = SupplierStatus.Active;
    private string? _statusReason;
    private string[] _categories = ["33192000-2"];
    private readonly List<string> _preferredFor = [];
    private readonly List<QualityCredential> _credentials = [];

    public SupplierBuilder In(Guid organisationId)
    {
        _organisation = organisationId;
        return this;
    }

    public SupplierBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public SupplierBuilder WithCompanyNumber(string? number)
    {
        _company = number;
        return this;
    }

    /// <summary>A registered charity and VCSE, with no company number.</summary>
    public SupplierBuilder AsCharity(string number)
    {
        _charity = number;
        _company = null;
        _vcse = true;
        return this;
    }

    public SupplierBuilder AtPostcode(string postcode)
    {
        _postcode = postcode;
        return this;
    }

    public SupplierBuilder OfSize(SupplierSize size)
    {
        _size = size;
        return this;
    }

    public SupplierBuilder Vcse()
    {
        _vcse = true;
        return this;
    }

    public SupplierBuilder Supplying(params string[] cpvCodes)
    {
        _categories = cpvCodes;
        return this;
    }

    public SupplierBuilder Suspended(string reason = "Deliveries repeatedly late; under review by procurement")
    {
        _status = SupplierStatus.Suspended;
        _statusReason = reason;
        return this;
    }

    public SupplierBuilder Ceased(string reason = "Stopped trading")
    {
        _status = SupplierStatus.Ceased;
        _statusReason = reason;
        return this;
    }

    /// <summary>
    /// A current preferred-supplier approval for <paramref name="cpvCode"/>, approved six months ago for two years.
    /// </summary>
    public SupplierBuilder PreferredFor(string cpvCode)
    {
        _preferredFor.Add(cpvCode);
        return this;
    }

    /// <summary>A current ISO 9001 certificate, which assures its quality.</summary>
    public SupplierBuilder QualityAssured()
    {
        _credentials.Add(
            new QualityCredential { Kind = QualityCredentialKind.Iso9001, Reference = "ISO-" + TestData.Mark()[..5] }
        );
        return this;
    }

    public SupplierBuilder WithCredential(QualityCredential credential)
    {
        _credentials.Add(credential);
        return this;
    }

    public async Task<Supplier> SaveAsync()
    {
        var organisation = _organisation ?? (await new OrganisationBuilder(app).SaveAsync()).Id;
        var now = TestData.Now(app);
        var today = TestData.Today(app);
        var supplier = new Supplier
        {
            OrganisationId = organisation,
            Name = _name,
            CompanyNumber = _company,
            CharityNumber = _charity,
            AddressLine1 = "4 Station Road",
            Town = "Northby",
            Postcode = _postcode,
            Size = _size,
            IsVcse = _vcse,
            Status = _status,
            StatusReason = _statusReason,
            ContactEmail = "orders@" + new string(_name.ToLowerInvariant().Where(char.IsLetter).ToArray()) + ".example",
            Categories = [.. _categories.Select(c => new SupplierCategory { CpvCode = c })],
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var code in _preferredFor)
            supplier.Approvals.Add(
                new PreferredSupplierApproval
                {
                    CpvCode = code,
                    ApprovedByUserId = "builder",
                    ApprovedOn = today.AddMonths(-6),
                    ExpiresOn = today.AddMonths(18),
                    Notes = "Framework call-off",
                }
            );
        foreach (var credential in _credentials)
        {
            credential.AwardedOn ??= today.AddYears(-1);
            // A CQC registration has no expiry; certificates run for two years.
            if (credential.Kind != QualityCredentialKind.CqcRegistration)
                credential.ExpiresOn ??= today.AddYears(2);
            supplier.Credentials.Add(credential);
        }
        await using var scope = app.Scope(out var db);
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync();
        return supplier;
    }
}
