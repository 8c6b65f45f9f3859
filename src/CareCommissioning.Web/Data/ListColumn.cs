using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareCommissioning.Web.Data;

/// <summary>A short ordered list of simple values kept as comma-separated text in one column, compared item by
/// item.</summary>
public static class ListColumn<T>
    where T : IParsable<T>
{
    public static readonly ValueConverter<List<T>, string> Converter = new(list => Write(list), text => Read(text));

    // Expression trees cannot call a static interface member (T.Parse), so the conversion goes through these methods;
    // internal because the compiled model (Data/CompiledModels) calls them too.
    internal static string Write(List<T> list) =>
        string.Join(',', list.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    internal static List<T> Read(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => T.Parse(s, CultureInfo.InvariantCulture))
            .ToList();

    public static readonly ValueComparer<List<T>> Comparer = new(
        (x, y) => x!.SequenceEqual(y!),
        l => l.Aggregate(0, (h, v) => HashCode.Combine(h, v)),
        l => l.ToList()
    );
}
