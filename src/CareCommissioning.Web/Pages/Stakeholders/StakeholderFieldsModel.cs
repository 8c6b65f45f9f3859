namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>What the shared add/edit fields partial needs besides the bound answers.</summary>
public sealed record StakeholderFieldsModel(StakeholderForm Input, IReadOnlyList<SelectListItem> Organisations);
