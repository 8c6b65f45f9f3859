namespace CareCommissioning.Web.Infrastructure.Charts;

/// <summary>
/// One bar per item, laid out horizontally so long option names fit, with a zero line so negative values (an NPSV below
/// zero) read correctly. Each bar carries its value as text; the caller shows the data table beside it.
/// </summary>
public static class HorizontalBarChart
{
    public static string Render(
        string id,
        string title,
        string description,
        IReadOnlyList<(string Label, decimal Value)> bars,
        Func<decimal, string> label,
        string colour = "#1d70b8",
        string negativeColour = "#d4351c"
    )
    {
        const int width = 720,
            labelWidth = 260,
            valueWidth = 90,
            barHeight = 28,
            gap = 14,
            top = 10;
        var plot = width - labelWidth - valueWidth * 2;
        var min = Math.Min(0m, bars.Select(b => b.Value).DefaultIfEmpty(0m).Min());
        var max = Math.Max(0m, bars.Select(b => b.Value).DefaultIfEmpty(0m).Max());
        if (max == min)
            max = min + 1;
        double X(decimal v) => labelWidth + valueWidth + (double)((v - min) / (max - min)) * plot;
        var height = top * 2 + bars.Count * (barHeight + gap);
        var svg = new Svg(id, width, height, title, description);
        for (var i = 0; i < bars.Count; i++)
        {
            var (name, value) = bars[i];
            var y = top + i * (barHeight + gap);
            var x0 = X(0);
            var x1 = X(value);
            svg.Text(labelWidth - 8, y + barHeight / 2.0, Shorten(name), anchor: "end", size: 13);
            svg.Rect(
                Math.Min(x0, x1),
                y,
                Math.Max(1, Math.Abs(x1 - x0)),
                barHeight,
                value < 0 ? negativeColour : colour
            );
            svg.Text(
                value < 0 ? Math.Min(x0, x1) - 6 : Math.Max(x0, x1) + 6,
                y + barHeight / 2.0,
                label(value),
                anchor: value < 0 ? "end" : "start",
                size: 13
            );
        }
        svg.Line(X(0), top - 4, X(0), height - top + 4);
        return svg.ToString();
    }

    private static string Shorten(string text) => text.Length <= 36 ? text : text[..35] + "…";
}
