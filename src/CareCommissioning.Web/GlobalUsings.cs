// The namespaces nearly every page, endpoint and service here uses; a file names only what it needs besides these.
global using CareCommissioning.Domain.Common;
global using CareCommissioning.Web.Data;
global using CareCommissioning.Web.Infrastructure.Forms;
global using CareCommissioning.Web.Infrastructure.Identity;
global using CareCommissioning.Web.Pages.Shared;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.AspNetCore.Mvc.Rendering;
global using Microsoft.EntityFrameworkCore;
