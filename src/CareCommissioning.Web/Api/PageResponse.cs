namespace CareCommissioning.Web.Api;

/// <summary>One page of a list: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
