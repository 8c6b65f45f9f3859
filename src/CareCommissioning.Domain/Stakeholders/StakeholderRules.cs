using System.Text.RegularExpressions;

namespace CareCommissioning.Domain.Stakeholders;

/// <summary>What makes a stakeholder's details acceptable, in GOV.UK words; shared by the pages and the API.</summary>
public static partial class StakeholderRules
{
    public const int PhoneMaxLength = 50;
    public const int AddressMaxLength = 500;
    public const int LanguageMaxLength = 100;

    public static IReadOnlyList<FieldError> Validate(StakeholderDetails d, DateOnly today)
    {
        var errors = new FieldErrors();
        void MaxLength(string field, string? value, int max, string label)
        {
            if (value is not null && value.Length > max)
                errors.Add(field, $"{label} must be {max:N0} characters or fewer");
        }

        errors.When(d.Type is null || !Enum.IsDefined(d.Type.Value), nameof(d.Type), "Select the type of stakeholder");
        if (string.IsNullOrWhiteSpace(d.Name))
            errors.Add(nameof(d.Name), "Enter a name");
        else
            MaxLength(nameof(d.Name), d.Name, Stakeholder.NameMaxLength, "Name");
        MaxLength(nameof(d.Affiliation), d.Affiliation, Stakeholder.TextMaxLength, "Organisation or group");
        if (d.Email is not null)
        {
            if (d.Email.Length > Stakeholder.TextMaxLength)
                errors.Add(nameof(d.Email), $"Email address must be {Stakeholder.TextMaxLength} characters or fewer");
            else if (!EmailPattern().IsMatch(d.Email))
                errors.Add(nameof(d.Email), "Enter an email address in the correct format, like name@example.com");
        }
        if (d.Phone is not null)
        {
            if (d.Phone.Length > PhoneMaxLength)
                errors.Add(nameof(d.Phone), $"Telephone number must be {PhoneMaxLength} characters or fewer");
            else if (!PhonePattern().IsMatch(d.Phone))
                errors.Add(nameof(d.Phone), "Enter a telephone number, like 01632 960 001 or +44 808 157 0192");
        }
        MaxLength(nameof(d.Address), d.Address, AddressMaxLength, "Address");
        MaxLength(nameof(d.PreferredLanguage), d.PreferredLanguage, LanguageMaxLength, "Preferred language");
        MaxLength(nameof(d.Notes), d.Notes, Stakeholder.NotesMaxLength, "Notes");
        errors.When(((int)d.Formats & ~0b1111) != 0, nameof(d.Formats), "Select only the formats listed");
        errors.When(d.ConsentToContact is null, nameof(d.ConsentToContact), "Select yes if they agree to be contacted");
        if (d.ConsentRecordedOn is { } date)
        {
            if (d.ConsentToContact == false)
                errors.Add(
                    nameof(d.ConsentRecordedOn),
                    "Only give the date consent was recorded if they agree to be contacted"
                );
            else if (date > today)
                errors.Add(nameof(d.ConsentRecordedOn), "Date consent was recorded must be today or in the past");
        }
        return errors;
    }

    [GeneratedRegex(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{6,}$")]
    private static partial Regex PhonePattern();
}
