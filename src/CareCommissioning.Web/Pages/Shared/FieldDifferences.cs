namespace CareCommissioning.Web.Pages.Shared;

/// <summary>One question whose saved answer differs from the answer someone is trying to save.</summary>
public sealed record FieldDifference(string Field, string Saved, string Yours);

/// <summary>Collects the questions that differ, with "Not provided" for blanks, for the edit-conflict table.</summary>
public sealed class FieldDifferences
{
    private readonly List<FieldDifference> _rows = [];

    public FieldDifferences Compare(string field, string? saved, string? yours)
    {
        var a = string.IsNullOrEmpty(saved) ? "Not provided" : saved;
        var b = string.IsNullOrEmpty(yours) ? "Not provided" : yours;
        if (a != b)
            _rows.Add(new FieldDifference(field, a, b));
        return this;
    }

    public IReadOnlyList<FieldDifference> ToList() => _rows;
}
