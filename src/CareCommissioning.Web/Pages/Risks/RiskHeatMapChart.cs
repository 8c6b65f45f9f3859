using CareCommissioning.Web.Infrastructure.Charts;

namespace CareCommissioning.Web.Pages.Risks;

/// <summary>
/// The 5×5 risk heat map: likelihood up the side (almost certain at the top), impact along the bottom. Each cell shows
/// its count and its band in words, so colour is never the only cue; the same numbers are in the data table beside it.
/// </summary>
public static class RiskHeatMapChart
{
    public static string BandFill(RiskBand band) =>
        band switch
        {
            RiskBand.Low => "#cce2d8", // pale green
            RiskBand.Moderate => "#fff7bf", // pale yellow
            RiskBand.High => "#fcd6c3", // pale orange
            _ => "#f4cdc6", // pale red
        };

    public static string BandStroke(RiskBand band) =>
        band switch
        {
            RiskBand.Low => "#005a30",
            RiskBand.Moderate => "#594d00",
            RiskBand.High => "#6e3619",
            _ => "#942514",
        };

    public static string Render(RiskHeatMap map, string title)
    {
        const int left = 130,
            top = 10,
            cellW = 88,
            cellH = 66,
            bottom = 90;
        var width = left + cellW * 5 + 10;
        var height = top + cellH * 5 + bottom;
        var svg = new Svg("risk-heat-map", width, height, title, map.Summary());
        for (var l = 5; l >= 1; l--)
        {
            var y = top + (5 - l) * cellH;
            svg.Text(left - 10, y + cellH / 2.0, $"{l} {RiskScoring.LikelihoodLabel(l)}", anchor: "end", size: 14);
            for (var i = 1; i <= 5; i++)
            {
                var x = left + (i - 1) * cellW;
                var band = RiskScoring.Band(l * i);
                svg.Rect(x + 2, y + 2, cellW - 4, cellH - 4, BandFill(band), BandStroke(band));
                svg.Text(
                    x + cellW / 2.0,
                    y + cellH / 2.0 - 9,
                    map.Count(l, i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    size: 22,
                    bold: true
                );
                svg.Text(x + cellW / 2.0, y + cellH / 2.0 + 16, RiskBandNames.Display(band), size: 12);
            }
        }
        for (var i = 1; i <= 5; i++)
        {
            var x = left + (i - 1) * cellW + cellW / 2.0;
            svg.Text(x, top + cellH * 5 + 16, i.ToString(System.Globalization.CultureInfo.InvariantCulture), size: 14);
            svg.Text(x, top + cellH * 5 + 34, RiskScoring.ImpactLabel(i), size: 13);
        }
        svg.Text(left + cellW * 2.5, height - 18, "Impact", size: 16, bold: true);
        svg.Text(18, top + cellH * 2.5, "Likelihood", size: 16, bold: true, rotate: -90);
        return svg.ToString();
    }
}
