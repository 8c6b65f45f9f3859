using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Infrastructure.TagHelpers;

/// <summary>The page title convention: "Error: " first when the page shows an error summary.</summary>
public static class ErrorTitle
{
    public static string For(string title, ModelStateDictionary state) => state.IsValid ? title : "Error: " + title;
}
