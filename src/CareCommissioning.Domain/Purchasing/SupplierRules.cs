using System.Text.RegularExpressions;

namespace CareCommissioning.Domain.Purchasing;

/// <summary>Whether a supplier's details, approvals and credentials make sense, and whether it can quote or is
/// unfamiliar.</summary>
public static partial class SupplierRules
{
    /// <summary>Companies House: 8 digits, or 2 letters and 6 digits (SC, NI, OC, SO…), or R and 7 digits (pre-1922
    /// Northern Ireland).</summary>
    [GeneratedRegex(@"^([0-9]{8}|[A-Z]{2}[0-9]{6}|R[0-9]{7})$")]
    private static partial Regex CompanyNumberPattern();

    /// <summary>England and Wales 6–8 digits (with an optional -n subsidiary suffix), Scotland SC + 6 digits, Northern
    /// Ireland NIC + 6 digits or 6 digits.</summary>
    [GeneratedRegex(@"^([0-9]{6,8}(-[0-9]{1,3})?|SC[0-9]{6}|NIC[0-9]{6})$")]
    private static partial Regex CharityNumberPattern();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodePattern();

    /// <summary>Upper case without spaces, as Companies House and the charity registers write numbers.</summary>
    public static string NormaliseNumber(string text) => text.Replace(" ", "").Trim().ToUpperInvariant();

    public static IReadOnlyList<FieldError> Validate(Supplier s, CpvCatalogue? catalogue = null)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(s.Name),
            s.Name,
            Supplier.NameMaxLength,
            "Enter the supplier's name",
            "Name must be 200 characters or fewer"
        );
        if (
            !string.IsNullOrWhiteSpace(s.CompanyNumber)
            && !CompanyNumberPattern().IsMatch(NormaliseNumber(s.CompanyNumber))
        )
            errors.Add(nameof(s.CompanyNumber), "Company number must be 8 characters, like 01234567 or SC123456");
        if (
            !string.IsNullOrWhiteSpace(s.CharityNumber)
            && !CharityNumberPattern().IsMatch(NormaliseNumber(s.CharityNumber))
        )
            errors.Add(nameof(s.CharityNumber), "Charity number must be like 1234567, SC012345 or NIC101234");
        errors.Text(
            nameof(s.AddressLine1),
            s.AddressLine1,
            Supplier.LineMaxLength,
            "Enter the first line of the address",
            "Address line 1 must be 100 characters or fewer"
        );
        errors.MaxLength(
            nameof(s.AddressLine2),
            s.AddressLine2,
            Supplier.LineMaxLength,
            "Address line 2 must be 100 characters or fewer"
        );
        errors.MaxLength(
            nameof(s.Town),
            s.Town,
            Supplier.LineMaxLength,
            "Town or city must be 100 characters or fewer"
        );
        if (string.IsNullOrWhiteSpace(s.Postcode))
            errors.Add(nameof(s.Postcode), "Enter the postcode");
        else if (!PostcodePattern().IsMatch(s.Postcode.Trim().ToUpperInvariant()))
            errors.Add(nameof(s.Postcode), "Enter a real postcode, like SW1A 1AA");
        errors.When(
            !Enum.IsDefined(s.Size),
            nameof(s.Size),
            "Select the supplier's size: micro, small, medium or large"
        );
        if (!Enum.IsDefined(s.Status))
            errors.Add(nameof(s.Status), "Select whether the supplier is active, suspended or ceased");
        else if (s.Status != SupplierStatus.Active && string.IsNullOrWhiteSpace(s.StatusReason))
            errors.Add(nameof(s.StatusReason), "Give the reason the supplier is suspended or ceased");
        errors.MaxLength(
            nameof(s.StatusReason),
            s.StatusReason,
            Supplier.TextMaxLength,
            "The reason must be 2,000 characters or fewer"
        );
        errors.MaxLength(
            nameof(s.SustainabilityCredentials),
            s.SustainabilityCredentials,
            Supplier.TextMaxLength,
            "Sustainability credentials must be 2,000 characters or fewer"
        );
        if (
            !string.IsNullOrWhiteSpace(s.ContactEmail)
            && (s.ContactEmail.Length > 254 || !s.ContactEmail.Contains('@') || s.ContactEmail.Contains(' '))
        )
            errors.Add(nameof(s.ContactEmail), "Enter an email address in the correct format, like name@example.com");
        var cpv = catalogue ?? CpvCatalogue.Standard;
        foreach (var c in s.Categories)
            if (cpv.Check(c.CpvCode, "Categories") is { } e)
                errors.Add(e);
        errors.When(
            s.Categories.GroupBy(c => c.CpvCode).Any(g => g.Count() > 1),
            nameof(s.Categories),
            "Each category must be listed once"
        );
        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateApproval(
        PreferredSupplierApproval a,
        CpvCatalogue? catalogue = null
    )
    {
        var errors = new FieldErrors();
        if ((catalogue ?? CpvCatalogue.Standard).Check(a.CpvCode, "CpvCode") is { } e)
            errors.Add(e);
        errors.Required(nameof(a.ApprovedByUserId), a.ApprovedByUserId, "Record who approved the supplier");
        if (a.ExpiresOn <= a.ApprovedOn)
            errors.Add(nameof(a.ExpiresOn), "The approval must expire after the date it was approved");
        else if (a.ExpiresOn > a.ApprovedOn.AddYears(10))
            errors.Add(nameof(a.ExpiresOn), "An approval can last 10 years at most: review it before then");
        errors.MaxLength(nameof(a.Notes), a.Notes, Supplier.TextMaxLength, "Notes must be 2,000 characters or fewer");
        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateCredential(QualityCredential c)
    {
        var errors = new FieldErrors();
        errors.When(!Enum.IsDefined(c.Kind), nameof(c.Kind), "Select the kind of credential");
        errors.When(
            c.Kind == QualityCredentialKind.Other && string.IsNullOrWhiteSpace(c.OtherName),
            nameof(c.OtherName),
            "Enter the name of the credential"
        );
        errors.MaxLength(
            nameof(c.OtherName),
            c.OtherName,
            Supplier.NameMaxLength,
            "The name must be 200 characters or fewer"
        );
        errors.Text(
            nameof(c.Reference),
            c.Reference,
            100,
            c.Kind == QualityCredentialKind.CqcRegistration
                ? "Enter the CQC provider or location ID, like 1-123456789"
                : "Enter the certificate number",
            "The reference must be 100 characters or fewer"
        );
        errors.When(
            c.Kind == QualityCredentialKind.CqcRegistration && c.CqcRating is null,
            nameof(c.CqcRating),
            "Select the CQC rating, or not yet rated"
        );
        errors.When(
            c.CqcRating is { } rating && !Enum.IsDefined(rating),
            nameof(c.CqcRating),
            "Select the CQC rating, or not yet rated"
        );
        errors.When(
            c.Kind != QualityCredentialKind.CqcRegistration && c.CqcRating is not null,
            nameof(c.CqcRating),
            "Only a CQC registration has a CQC rating"
        );
        if (
            c.Kind
                is QualityCredentialKind.Iso9001
                    or QualityCredentialKind.CyberEssentials
                    or QualityCredentialKind.CyberEssentialsPlus
            && c.ExpiresOn is null
        )
            errors.Add(nameof(c.ExpiresOn), "Enter the date the certificate expires");
        errors.When(
            c.AwardedOn is { } awarded && c.ExpiresOn is { } expires && expires <= awarded,
            nameof(c.ExpiresOn),
            "The expiry date must be after the date it was awarded"
        );
        return errors;
    }

    /// <summary>
    /// A specialist makes the supplier active, suspends them (no quotes while a concern is looked into) or marks them
    /// ceased, with the reason the rules ask for. Returns the problems with the status or reason, and changes nothing
    /// then.
    /// </summary>
    public static IReadOnlyList<FieldError> ChangeStatus(Supplier s, SupplierStatus status, string? reason)
    {
        var (oldStatus, oldReason) = (s.Status, s.StatusReason);
        s.Status = status;
        s.StatusReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var problems = Validate(s)
            .Where(e => e.Field is nameof(Supplier.Status) or nameof(Supplier.StatusReason))
            .ToList();
        if (problems.Count > 0)
            (s.Status, s.StatusReason) = (oldStatus, oldReason);
        return problems;
    }

    /// <summary>Why a quote from this supplier cannot be recorded, or null when it can.</summary>
    public static string? QuoteRefusal(Supplier s) =>
        s.Status switch
        {
            SupplierStatus.Suspended =>
                $"{s.Name} is suspended, so you cannot take a quote from them. Choose another supplier or ask a procurement specialist",
            SupplierStatus.Ceased =>
                $"{s.Name} has ceased, so you cannot take a quote from them. Choose another supplier",
            _ => null,
        };

    /// <summary>True when the supplier holds a current preferred-supplier approval covering the category.</summary>
    public static bool IsPreferredFor(Supplier s, string category, DateOnly on) =>
        s.Approvals.Any(a => a.Covers(category, on));

    /// <summary>
    /// Why the supplier is unfamiliar for this purchase (PU-P10): empty when it is a current preferred supplier for the
    /// category, or the organisation has ordered from it before, or it holds a current quality credential. Otherwise
    /// the three reasons, and the requester must ask a procurement specialist before the purchase can be approved.
    /// </summary>
    public static IReadOnlyList<string> UnfamiliarBecause(
        Supplier s,
        string category,
        DateOnly on,
        bool orderedFromBefore
    )
    {
        if (IsPreferredFor(s, category, on) || orderedFromBefore || s.Credentials.Any(c => c.AssuresQuality(on)))
            return [];
        return
        [
            $"{s.Name} is not a preferred supplier for this category",
            "your organisation has not ordered from them before",
            "they have no current quality assurance credential on the register",
        ];
    }
}
