namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>
/// Recording that a design's outcomes and their implications were shared with people who use services, carers, key
/// people or communities, and what they decided with them (CD-P3), for the page and the API alike; and reading the
/// records back, newest first.
/// </summary>
public static class DesignShares
{
    /// <summary>A share's answers as given, before they are checked.</summary>
    public sealed record Answers(
        string? Recipients,
        PlanFormats Formats,
        DateOnly? SharedOn,
        string? Decision,
        bool? DesignChanged,
        string? Changes
    );

    public sealed record Result(DesignShare? Saved, IReadOnlyList<FieldError> Errors);

    /// <summary>The formats named, or null when one of them is not a way a design is shared.</summary>
    public static PlanFormats? FormatsOf(IEnumerable<string>? names)
    {
        var formats = PlanFormats.None;
        foreach (var name in names ?? [])
        {
            if (!Enum.TryParse<PlanFormats>(name, out var one) || !PlanFormatsNames.Each.Contains(one))
                return null;
            formats |= one;
        }
        return formats;
    }

    /// <summary>Checks the answers and records the share against <paramref name="design"/>, which the caller found
    /// with the right to change it; refuses with the errors otherwise, saving nothing.</summary>
    public static async Task<Result> RecordAsync(
        AppDbContext db,
        CurrentUser user,
        ContractDesign design,
        Answers a,
        DateTimeOffset now,
        DateOnly today
    )
    {
        var errors = DesignShare.Validate(
            a.Recipients,
            a.Formats,
            a.SharedOn,
            a.Decision,
            a.DesignChanged,
            a.Changes,
            today
        );
        if (errors.Count > 0)
            return new(null, errors);
        var share = new DesignShare
        {
            OrganisationId = design.OrganisationId,
            DesignId = design.Id,
            Recipients = a.Recipients!.Trim(),
            Formats = a.Formats,
            SharedOn = a.SharedOn!.Value,
            Decision = a.Decision!.Trim(),
            DesignChanged = a.DesignChanged!.Value,
            Changes = string.IsNullOrWhiteSpace(a.Changes) ? null : a.Changes.Trim(),
            ByName = user.DisplayName,
            At = now,
        };
        db.DesignShares.Add(share);
        await db.SaveChangesAsync();
        return new(share, []);
    }

    /// <summary>The design's shares, the latest shared first.</summary>
    public static async Task<IReadOnlyList<DesignShare>> ListAsync(AppDbContext db, ContractDesign design) =>
        await db
            .DesignShares.AsNoTracking()
            .Where(s => s.DesignId == design.Id && s.OrganisationId == design.OrganisationId)
            .OrderByDescending(s => s.SharedOn)
            .ThenByDescending(s => s.At)
            .ToListAsync();

    /// <summary>The people or groups of a share, one to a line.</summary>
    public static IReadOnlyList<string> RecipientsOf(DesignShare s) =>
        s.Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
