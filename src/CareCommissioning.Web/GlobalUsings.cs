// The namespaces most pages, endpoints and services here use: the domain's records and rules, and the web project's
// shared pieces. A file names only what it needs besides these (see docs/decisions/0017).
global using CareCommissioning.Domain.Appraisals;
global using CareCommissioning.Domain.Audit;
global using CareCommissioning.Domain.Common;
global using CareCommissioning.Domain.Demand;
global using CareCommissioning.Domain.Notices;
global using CareCommissioning.Domain.Organisations;
global using CareCommissioning.Domain.Partnerships;
global using CareCommissioning.Domain.Purchasing;
global using CareCommissioning.Domain.Resources;
global using CareCommissioning.Domain.Risks;
global using CareCommissioning.Domain.Stakeholders;
global using CareCommissioning.Web.Api;
global using CareCommissioning.Web.Data;
global using CareCommissioning.Web.Infrastructure.Concurrency;
global using CareCommissioning.Web.Infrastructure.Formatting;
global using CareCommissioning.Web.Infrastructure.Forms;
global using CareCommissioning.Web.Infrastructure.Identity;
global using CareCommissioning.Web.Infrastructure.Links;
global using CareCommissioning.Web.Infrastructure.Paging;
global using CareCommissioning.Web.Infrastructure.TagHelpers;
global using CareCommissioning.Web.Pages.Shared;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.AspNetCore.Mvc.Rendering;
global using Microsoft.EntityFrameworkCore;
