using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Infrastructure.Forms;

/// <summary>
/// Which organisation a new record belongs to. Someone who works for one organisation is never asked; someone who works
/// for several (a partner in the council and the NHS) chooses, and the choice must be one where the policy lets them
/// add.
/// </summary>
public static class OrganisationChoice
{
    /// <summary>The organisations to offer, by name; the form shows the question only when there is more than
    /// one.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> ItemsAsync(AppDbContext db, CurrentUser user, string policy)
    {
        var allowed = user.OrganisationsFor(policy);
        if (allowed.Count < 2)
            return [];
        var named = await db
            .Organisations.AsNoTracking()
            .Where(o => allowed.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToListAsync();
        return [new SelectListItem("Choose an organisation", ""), .. named];
    }

    /// <summary>The organisation chosen (or the only one), or null with an error on <paramref name="key"/>.</summary>
    public static Guid? Resolve(
        CurrentUser user,
        string policy,
        string? posted,
        ModelStateDictionary state,
        string key,
        string what
    )
    {
        var chosen = user.OrganisationForNew(policy, Guid.TryParse(posted, out var g) ? g : null);
        if (chosen is null)
            state.AddModelError(key, $"Select the organisation the {what} belongs to");
        return chosen;
    }

    /// <summary>
    /// Whose records a page shows (e.g. whose purchasing rules): the organisation asked for when the user works there,
    /// otherwise the first of theirs by name, with all of theirs to choose from. Someone who works for one organisation
    /// never sees the choice.
    /// </summary>
    public static async Task<(OrganisationOption? Chosen, IReadOnlyList<OrganisationOption> All)> ViewingAsync(
        AppDbContext db,
        CurrentUser user,
        string policy,
        Guid? requested
    )
    {
        var allowed = user.OrganisationsFor(policy);
        var all = await db
            .Organisations.AsNoTracking()
            .Where(o => allowed.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Type))
            .ToListAsync();
        return (all.FirstOrDefault(o => o.Id == requested) ?? all.FirstOrDefault(), all);
    }
}
