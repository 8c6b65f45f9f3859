namespace CareCommissioning.Web.Infrastructure.Charts;

/// <summary>
/// A grouped bar chart (two series per category) as accessible SVG: each bar's value is written above it, the series
/// are named in a legend with both colour and pattern of words, and the caller shows the data table beside it.
/// </summary>
public static class BarChart
{
    public sealed record Series(string Name, string Colour, IReadOnlyList<decimal> Values);

    public static string Render(
        string id,
        string title,
        string description,
        IReadOnlyList<string> categories,
        Series first,
        Series second,
        Func<decimal, string> label
    )
    {
        const int left = 20,
            top = 100,
            plotHeight = 240,
            bottom = 40,
            groupGap = 24,
            barWidth = 30;
        var groupWidth = barWidth * 2 + groupGap;
        var width = Math.Max(360, left * 2 + categories.Count * groupWidth);
        var height = top + plotHeight + bottom;
        var max = first.Values.Concat(second.Values).DefaultIfEmpty(0m).Max();
        if (max <= 0)
            max = 1;
        var svg = new Svg(id, width, height, title, description);

        // Legend: a swatch and the series name, one a line, so long names never overlap.
        svg.Rect(left, 8, 16, 16, first.Colour).Text(left + 22, 16, first.Name, anchor: "start", size: 14);
        svg.Rect(left, 32, 16, 16, second.Colour).Text(left + 22, 40, second.Name, anchor: "start", size: 14);
        svg.Line(left, top + plotHeight, width - left, top + plotHeight);

        for (var i = 0; i < categories.Count; i++)
        {
            var x = left + i * groupWidth + groupGap / 2.0;
            foreach (var (series, offset) in new[] { (first, 0), (second, barWidth) })
            {
                var value = series.Values[i];
                var h = (double)(Math.Max(0, value) / max) * plotHeight;
                svg.Rect(x + offset, top + plotHeight - h, barWidth - 2, h, series.Colour);
                svg.Text(x + offset + barWidth / 2.0, top + plotHeight - h - 10, label(value), size: 10, rotate: -60);
            }
            svg.Text(x + barWidth, top + plotHeight + 18, categories[i], size: 12);
        }
        return svg.ToString();
    }
}
