namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>The fields where the saved record and someone's answers differ, as the words a person reads.</summary>
public static class StakeholderDifferences
{
    public static IReadOnlyList<FieldDifference> Between(StakeholderDetails saved, StakeholderDetails yours)
    {
        var rows = new FieldDifferences();
        void Compare(string field, string? a, string? b) => rows.Compare(field, a, b);
        Compare(
            "Type of stakeholder",
            saved.Type is { } t ? StakeholderTypeNames.Display(t) : null,
            yours.Type is { } u ? StakeholderTypeNames.Display(u) : null
        );
        Compare("Name", saved.Name, yours.Name);
        Compare("Organisation or group", saved.Affiliation, yours.Affiliation);
        Compare("Email address", saved.Email, yours.Email);
        Compare("Telephone number", saved.Phone, yours.Phone);
        Compare("Address", saved.Address, yours.Address);
        Compare("Preferred language", saved.PreferredLanguage, yours.PreferredLanguage);
        Compare(
            "Formats",
            CommunicationFormatsNames.Display(saved.Formats),
            CommunicationFormatsNames.Display(yours.Formats)
        );
        Compare("Advocate needed", Display.YesNo(saved.AdvocateNeeded), Display.YesNo(yours.AdvocateNeeded));
        Compare("Interpreter needed", Display.YesNo(saved.InterpreterNeeded), Display.YesNo(yours.InterpreterNeeded));
        Compare(
            "Agrees to be contacted",
            saved.ConsentToContact is { } c ? Display.YesNo(c) : null,
            yours.ConsentToContact is { } d ? Display.YesNo(d) : null
        );
        Compare(
            "Date consent was recorded",
            saved.ConsentRecordedOn is { } e ? Display.Date(e) : null,
            yours.ConsentRecordedOn is { } f ? Display.Date(f) : null
        );
        Compare("Notes", saved.Notes, yours.Notes);
        return rows.ToList();
    }
}
