using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace CareCommissioning.Web.Infrastructure.Charts;

/// <summary>
/// A small builder for server-rendered SVG charts: an accessible root (<c>role="img"</c>, a title and a description
/// tied by
/// <c>aria-labelledby</c>), and shapes with presentation attributes only — no inline styles, which the CSP forbids.
/// Every chart is shown with its data table beside it.
/// </summary>
public sealed class Svg
{
    private readonly StringBuilder _body = new();
    private readonly string _id;
    private readonly int _width,
        _height;
    private readonly string _title,
        _description;

    public Svg(string id, int width, int height, string title, string description)
    {
        (_id, _width, _height, _title, _description) = (id, width, height, title, description);
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public Svg Rect(double x, double y, double w, double h, string fill, string? stroke = null) =>
        Add(
            $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{N(h)}\" fill=\"{fill}\"{(stroke is null ? "" : $" stroke=\"{stroke}\" stroke-width=\"2\"")}/>"
        );

    public Svg Text(
        double x,
        double y,
        string text,
        string fill = "#0b0c0c",
        int size = 16,
        string anchor = "middle",
        bool bold = false,
        double rotate = 0
    ) =>
        Add(
            $"<text x=\"{N(x)}\" y=\"{N(y)}\" fill=\"{fill}\" font-size=\"{size}\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\""
                + (bold ? " font-weight=\"bold\"" : "")
                + (rotate != 0 ? $" transform=\"rotate({N(rotate)} {N(x)} {N(y)})\"" : "")
                + $">{E(text)}</text>"
        );

    public Svg Line(double x1, double y1, double x2, double y2, string stroke = "#0b0c0c", double width = 1) =>
        Add(
            $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"/>"
        );

    public Svg Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width = 3) =>
        Add(
            $"<polyline points=\"{string.Join(' ', points.Select(p => N(p.X) + "," + N(p.Y)))}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"/>"
        );

    /// <summary>A raw element, for shapes the helpers above do not cover; callers encode any text themselves.</summary>
    public Svg Add(string element)
    {
        _body.Append(element);
        return this;
    }

    public override string ToString() =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {_width} {_height}\" role=\"img\" aria-labelledby=\"{_id}-title {_id}-desc\" focusable=\"false\">"
        + $"<title id=\"{_id}-title\">{E(_title)}</title><desc id=\"{_id}-desc\">{E(_description)}</desc>{_body}</svg>";
}
