namespace CareCommissioning.Web.Pages.Risks;

public sealed record RiskFieldsModel(RiskForm Input, IReadOnlyList<SelectListItem> Organisations);
