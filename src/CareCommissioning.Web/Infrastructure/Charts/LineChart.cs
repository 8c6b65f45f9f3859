namespace CareCommissioning.Web.Infrastructure.Charts;

/// <summary>
/// Lines over a shared x axis, such as the S-curves of a Monte Carlo (value against cumulative probability). Lines
/// differ by colour and by dash pattern, so they can be told apart without colour; the legend names each, and the
/// caller shows the data table.
/// </summary>
public static class LineChart
{
    public sealed record Line(string Name, IReadOnlyList<(decimal X, decimal Y)> Points);

    private static readonly string[] Colours =
    [
        "#1d70b8",
        "#d4351c",
        "#00703c",
        "#4c2c92",
        "#f47738",
        "#0b0c0c",
        "#5694ca",
        "#912b88",
    ];
    private static readonly string[] Dashes = ["", "8 4", "2 4", "12 4 2 4", "4 4", "1 3", "16 6", "6 2"];

    public static string Render(
        string id,
        string title,
        string description,
        IReadOnlyList<Line> lines,
        string xLabel,
        string yLabel,
        Func<decimal, string> xFormat,
        Func<decimal, string> yFormat
    )
    {
        const int width = 720,
            left = 70,
            right = 40,
            plotHeight = 300,
            axisSpace = 60;
        var legendHeight = lines.Count * 22 + 10;
        var top = legendHeight + 10;
        var height = top + plotHeight + axisSpace;
        var points = lines.SelectMany(l => l.Points).ToList();
        var (xMin, xMax) = Range(points.Select(p => p.X));
        var (yMin, yMax) = Range(points.Select(p => p.Y));
        double Px(decimal x) => left + (double)((x - xMin) / (xMax - xMin)) * (width - left - right);
        double Py(decimal y) => top + plotHeight - (double)((y - yMin) / (yMax - yMin)) * plotHeight;

        var svg = new Svg(id, width, height, title, description);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Add(
                $"<line x1=\"{left}\" y1=\"{14 + i * 22}\" x2=\"{left + 40}\" y2=\"{14 + i * 22}\" stroke=\"{Colours[i % Colours.Length]}\" stroke-width=\"3\"{Dash(i)}/>"
            );
            svg.Text(left + 48, 14 + i * 22, lines[i].Name, anchor: "start", size: 13);
        }
        svg.Line(left, top + plotHeight, width - right, top + plotHeight).Line(left, top, left, top + plotHeight);
        for (var k = 0; k <= 4; k++)
        {
            var xv = xMin + (xMax - xMin) * k / 4;
            var yv = yMin + (yMax - yMin) * k / 4;
            svg.Text(Px(xv), top + plotHeight + 16, xFormat(xv), size: 11);
            svg.Text(left - 6, Py(yv), yFormat(yv), size: 11, anchor: "end");
        }
        svg.Text((left + width - right) / 2.0, top + plotHeight + 42, xLabel, size: 13);
        svg.Text(14, top + plotHeight / 2.0, yLabel, size: 13, rotate: -90);
        if (xMin < 0 && xMax > 0)
            svg.Add(
                $"<line x1=\"{N(Px(0))}\" y1=\"{top}\" x2=\"{N(Px(0))}\" y2=\"{top + plotHeight}\" stroke=\"#505a5f\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>"
            );
        for (var i = 0; i < lines.Count; i++)
            svg.Add(
                $"<polyline points=\"{string.Join(' ', lines[i].Points.Select(p => $"{N(Px(p.X))},{N(Py(p.Y))}"))}\" fill=\"none\" stroke=\"{Colours[i % Colours.Length]}\" stroke-width=\"3\"{Dash(i)}/>"
            );
        return svg.ToString();
    }

    private static string N(double v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Dash(int i) =>
        Dashes[i % Dashes.Length] is { Length: > 0 } d ? $" stroke-dasharray=\"{d}\"" : "";

    private static (decimal Min, decimal Max) Range(IEnumerable<decimal> values)
    {
        var list = values.DefaultIfEmpty(0m).ToList();
        var (min, max) = (list.Min(), list.Max());
        return min == max ? (min - 1, max + 1) : (min, max);
    }
}
