using Microsoft.AspNetCore.Mvc.Filters;

namespace CareCommissioning.Web.Infrastructure.Forms;

/// <summary>
/// A form posted with answers that need correcting is shown again with 400 Bad Request, so every page says so the same
/// way instead of each handler setting the status. A status the handler chose itself (409 for a stale save) is left
/// alone, and GET handlers are not touched: a page reached by a link with a mistyped query string still answers 200.
/// </summary>
public sealed class InvalidFormStatusFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        var executed = await next();
        if (
            executed.Result is PageResult
            && string.Equals(context.HandlerMethod?.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)
            && !executed.ModelState.IsValid
            && executed.HttpContext.Response.StatusCode == StatusCodes.Status200OK
        )
            executed.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
