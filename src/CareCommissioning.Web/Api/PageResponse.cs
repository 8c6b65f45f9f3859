using CareCommissioning.Web.Api.Calculations;
using CareCommissioning.Web.Pages.Account;
using CareCommissioning.Web.Pages.Appraisals.Api;
using CareCommissioning.Web.Pages.Needs.Api;
using CareCommissioning.Web.Pages.Risks.Api;
using CareCommissioning.Web.Pages.Stakeholders.Api;
using CareCommissioning.Web.Pages.Suppliers.Api;
namespace CareCommissioning.Web.Api;

/// <summary>One page of a list: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
