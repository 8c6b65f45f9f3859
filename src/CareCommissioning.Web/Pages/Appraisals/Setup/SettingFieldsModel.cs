namespace CareCommissioning.Web.Pages.Appraisals.Setup;

/// <summary>The model of the setting fields partial, so they bind as <c>Input.*</c>.</summary>
public sealed record SettingFieldsModel(SettingForm Input, IReadOnlyList<SelectListItem> ServiceLines);
