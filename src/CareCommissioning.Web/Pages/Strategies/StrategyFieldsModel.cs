namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>What the strategy fields show: the answers, the organisations to choose from (on adding) and the
/// strategies of the library it may relate to.</summary>
public sealed record StrategyFieldsModel(
    StrategyForm Input,
    IReadOnlyList<SelectListItem> Organisations,
    IReadOnlyList<SelectListItem> RelatedOptions
);
