using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Pages.Suppliers.Api;

/// <summary>A supplier's details for create (POST) and full update (PUT, which also needs <see cref="Version"/>). The
/// status has its own call.</summary>
public sealed record SupplierRequest
{
    [MaxLength(Supplier.NameMaxLength)]
    public required string Name { get; init; }

    /// <summary>Companies House number, 8 characters, e.g. 01234567 or SC123456.</summary>
    [MaxLength(8)]
    public string? CompanyNumber { get; init; }

    /// <summary>Charity Commission, OSCR or Charity Commission for Northern Ireland number.</summary>
    [MaxLength(20)]
    public string? CharityNumber { get; init; }

    [MaxLength(Supplier.LineMaxLength)]
    public required string AddressLine1 { get; init; }

    [MaxLength(Supplier.LineMaxLength)]
    public string? AddressLine2 { get; init; }

    [MaxLength(Supplier.LineMaxLength)]
    public string? Town { get; init; }

    [MaxLength(10)]
    public required string Postcode { get; init; }

    public required SupplierSize Size { get; init; }

    /// <summary>A voluntary, community or social enterprise.</summary>
    public required bool IsVcse { get; init; }

    [MaxLength(254), EmailAddress]
    public string? ContactEmail { get; init; }

    [MaxLength(Supplier.TextMaxLength)]
    public string? SustainabilityCredentials { get; init; }

    /// <summary>The CPV codes it supplies, at least one, each on the CPV 2008 list: 8 digits (85311200) or with the
    /// check digit (85311200-4), kept with the check digit.</summary>
    [MinLength(1), MaxLength(50)]
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Whose register the supplier joins (create only; defaults to your only organisation).</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>For PUT: the version you read. A stale version is refused with 409.</summary>
    public int? Version { get; init; }

    public const int MaxCategories = 50;

    /// <summary>Copies the answers onto <paramref name="s"/> and lists what is wrong, field by field.</summary>
    public List<FieldError> ApplyTo(Supplier s)
    {
        var errors = new List<FieldError>();
        s.Name = Clean(Name) ?? "";
        s.CompanyNumber = Clean(CompanyNumber) is { } company ? SupplierRules.NormaliseNumber(company) : null;
        s.CharityNumber = Clean(CharityNumber) is { } charity ? SupplierRules.NormaliseNumber(charity) : null;
        s.AddressLine1 = Clean(AddressLine1) ?? "";
        s.AddressLine2 = Clean(AddressLine2);
        s.Town = Clean(Town);
        s.Postcode = Clean(Postcode)?.ToUpperInvariant() ?? "";
        s.Size = Size;
        s.IsVcse = IsVcse;
        s.ContactEmail = Clean(ContactEmail);
        s.SustainabilityCredentials = Clean(SustainabilityCredentials);

        var codes = new List<string>();
        var given = Categories ?? [];
        if (given.Count == 0)
            errors.Add(
                new FieldError(
                    "Categories",
                    "Give at least one CPV code for what the supplier supplies, for example " + CpvCode.Example
                )
            );
        if (given.Count > MaxCategories)
            errors.Add(new FieldError("Categories", $"Give at most {MaxCategories} CPV codes"));
        else
            for (var i = 0; i < given.Count; i++)
            {
                if (CpvCatalogue.Standard.Check(given[i], $"Categories[{i}]") is { } e)
                    errors.Add(e);
                else if (CpvCode.Normalise(given[i])! is var code && !codes.Contains(code))
                    codes.Add(code);
                else
                    errors.Add(
                        new FieldError($"Categories[{i}]", $"{given[i]} is listed twice: give each CPV code once")
                    );
            }
        s.Categories.RemoveAll(c => !codes.Contains(c.CpvCode));
        foreach (var code in codes.Where(c => s.Categories.All(x => x.CpvCode != c)))
            s.Categories.Add(new SupplierCategory { CpvCode = code, SupplierId = s.Id });
        errors.AddRange(SupplierRules.Validate(s).Where(e => e.Field != nameof(Supplier.Categories)));
        return errors;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Approve the supplier as a preferred supplier for a CPV category; the approver is you.</summary>
public sealed record ApprovalRequest
{
    /// <summary>The category approved (it covers the codes below it); the supplier must supply it or something within
    /// it.</summary>
    [MaxLength(10)]
    public required string CpvCode { get; init; }
    public required DateOnly ApprovedOn { get; init; }

    /// <summary>After <see cref="ApprovedOn"/>, and at most 10 years after it.</summary>
    public required DateOnly ExpiresOn { get; init; }

    [MaxLength(Supplier.TextMaxLength)]
    public string? Notes { get; init; }
}

/// <summary>A quality assurance credential: ISO 9001, CQC registration (with its rating), Cyber Essentials (Plus) or
/// another, named.</summary>
public sealed record CredentialRequest
{
    public required QualityCredentialKind Kind { get; init; }

    /// <summary>The credential's name, for kind Other only.</summary>
    [MaxLength(100)]
    public string? OtherName { get; init; }

    /// <summary>The certificate number, or the CQC provider or location ID.</summary>
    [MaxLength(100)]
    public required string Reference { get; init; }

    /// <summary>For a CQC registration only, and required for it.</summary>
    public CqcRating? CqcRating { get; init; }
    public DateOnly? AwardedOn { get; init; }

    /// <summary>Required for ISO 9001 and Cyber Essentials (Plus).</summary>
    public DateOnly? ExpiresOn { get; init; }
}

/// <summary>Change the supplier's status; a reason is required for suspended and ceased.</summary>
public sealed record StatusRequest
{
    public required SupplierStatus Status { get; init; }

    [MaxLength(Supplier.TextMaxLength)]
    public string? Reason { get; init; }

    /// <summary>Optional: the version you read; a stale one is refused with 409.</summary>
    public int? Version { get; init; }
}

public sealed record CpvCodeResponse(string Code, string Description);

public sealed record ApprovalResponse(
    Guid Id,
    string CpvCode,
    string? Description,
    string ApprovedByUserId,
    DateOnly ApprovedOn,
    DateOnly ExpiresOn,
    string? Notes,
    bool Current
);

public sealed record CredentialResponse(
    Guid Id,
    QualityCredentialKind Kind,
    string Name,
    string? OtherName,
    string Reference,
    CqcRating? CqcRating,
    DateOnly? AwardedOn,
    DateOnly? ExpiresOn,
    bool Current,
    bool AssuresQuality
);

public sealed record SupplierResponse(
    Guid Id,
    Guid OrganisationId,
    string Name,
    string? CompanyNumber,
    string? CharityNumber,
    string AddressLine1,
    string? AddressLine2,
    string? Town,
    string Postcode,
    SupplierSize Size,
    bool IsSme,
    bool IsVcse,
    SupplierStatus Status,
    string? StatusReason,
    string? ContactEmail,
    string? SustainabilityCredentials,
    IReadOnlyList<CpvCodeResponse> Categories,
    IReadOnlyList<ApprovalResponse> Approvals,
    IReadOnlyList<CredentialResponse> Credentials,
    bool PreferredNow,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt
)
{
    public static SupplierResponse From(Supplier s, DateOnly today) =>
        new(
            s.Id,
            s.OrganisationId,
            s.Name,
            s.CompanyNumber,
            s.CharityNumber,
            s.AddressLine1,
            s.AddressLine2,
            s.Town,
            s.Postcode,
            s.Size,
            s.IsSme,
            s.IsVcse,
            s.Status,
            s.StatusReason,
            s.ContactEmail,
            s.SustainabilityCredentials,
            [
                .. s
                    .Categories.OrderBy(c => c.CpvCode, StringComparer.Ordinal)
                    .Select(c => new CpvCodeResponse(c.CpvCode, CpvCatalogue.Standard.Description(c.CpvCode) ?? "")),
            ],
            [
                .. s
                    .Approvals.OrderByDescending(a => a.ExpiresOn)
                    .Select(a => new ApprovalResponse(
                        a.Id,
                        a.CpvCode,
                        CpvCatalogue.Standard.Description(a.CpvCode),
                        a.ApprovedByUserId,
                        a.ApprovedOn,
                        a.ExpiresOn,
                        a.Notes,
                        a.IsCurrent(today)
                    )),
            ],
            [
                .. s
                    .Credentials.OrderBy(c => c.Kind)
                    .Select(c => new CredentialResponse(
                        c.Id,
                        c.Kind,
                        c.DisplayName,
                        c.OtherName,
                        c.Reference,
                        c.CqcRating,
                        c.AwardedOn,
                        c.ExpiresOn,
                        c.IsCurrent(today),
                        c.AssuresQuality(today)
                    )),
            ],
            s.Approvals.Any(a => a.IsCurrent(today)),
            s.Version,
            s.CreatedAt,
            s.UpdatedAt
        );
}
