using System.Xml.Linq;
using static InfluenceSim.Plots.Svg.Svg;

namespace InfluenceSim.Plots.Charts;

/// <summary>Lines with shaded bands over a shared x axis: a metric over time, per narrative, segment or platform.</summary>
public sealed record LineChart(string Title, string XLabel, string YLabel, IReadOnlyList<LineSeries> Series) : IPanelChart
{
    public const double DefaultWidth = 600;
    private const double MarginLeft = 66;
    private const double MarginRight = 18;
    private const double MarginTop = 40;
    private const double AxisSpace = 48;

    public double Width { get; init; } = DefaultWidth;

    public double PlotHeight { get; init; } = 250;

    /// <summary>Let the y axis start at zero (counts and shares); bands of data that cannot be negative stop at zero.</summary>
    public bool IncludeZero { get; init; } = true;

    /// <summary>The x scale, for example a time axis; by default nice numbers around the data.</summary>
    public NiceScale? XScale { get; init; }

    public XElement Render()
    {
        var legend = new Legend(Series.Select(s => new LegendItem(s.Label, s.Colour, s.Dash)).ToList(), Width - MarginLeft - MarginRight);
        var height = MarginTop + PlotHeight + AxisSpace + legend.Height + 10;
        var content = Draw(MarginLeft, MarginTop, Width - MarginLeft - MarginRight, PlotHeight);
        return Document(Width, height, Title, [
            Text(MarginLeft, 24, Title, 15, "start", "title", "bold"),
            content,
            legend.Render(MarginLeft, MarginTop + PlotHeight + AxisSpace),
        ]);
    }

    /// <summary>Axes and data in the given rectangle (used alone or as a panel of small multiples).</summary>
    public XElement Draw(double left, double top, double width, double height)
    {
        var xs = Series.SelectMany(s => s.X).Where(double.IsFinite).ToArray();
        var floor = IncludeZero && Series.All(s => s.Y.All(v => !(v < 0))) ? 0 : double.NegativeInfinity;
        var ys = Series.SelectMany(s => s.AllValues()).Select(v => Math.Max(v, floor)).ToArray();
        var area = new PlotArea(left, top, width, height,
            XScale ?? (xs.Length == 0 ? NiceScale.For(0, 1, 7, includeZero: true) : NiceScale.For(xs.Min(), xs.Max(), 7, includeZero: true)),
            ys.Length == 0 ? NiceScale.For(0, 1, 6, IncludeZero) : NiceScale.For(ys.Min(), ys.Max(), 6, IncludeZero));
        var data = area.DataGroup();
        foreach (var series in Series) data.Add(Band(area, series, floor), Polyline(area, series));
        return Element("g", area.Axes(XLabel, YLabel), data);
    }

    /// <summary>The indices of points with a value: undefined values (NaN, a share of nothing) are left out.</summary>
    private static int[] Defined(LineSeries series) =>
        Enumerable.Range(0, series.X.Count).Where(i => double.IsFinite(series.X[i]) && double.IsFinite(series.Y[i])).ToArray();

    private static XElement? Band(PlotArea area, LineSeries series, double floor)
    {
        if (series.Low is null || series.High is null) return null;
        var defined = Defined(series).Where(i => double.IsFinite(series.Low[i]) && double.IsFinite(series.High[i])).ToArray();
        if (defined.Length == 0) return null;
        var upper = PixelDecimation.Thin(defined.Select(i => (area.PixelX(series.X[i]), area.PixelY(series.High[i]))).ToList());
        var lower = PixelDecimation.Thin(defined.Select(i => (area.PixelX(series.X[i]), area.PixelY(Math.Max(series.Low[i], floor)))).ToList());
        lower.Reverse();
        return Element("polygon", Attr("class", "band"), Attr("points", Points(upper.Concat(lower))),
            Attr("fill", series.Colour), Attr("fill-opacity", 0.18), Attr("stroke", "none"));
    }

    private static XElement Polyline(PlotArea area, LineSeries series)
    {
        var points = PixelDecimation.Thin(Defined(series).Select(i => (area.PixelX(series.X[i]), area.PixelY(series.Y[i]))).ToList());
        if (points.Count == 1) points.Add((points[0].Item1 + 0.01, points[0].Item2));
        return Element("polyline", Attr("class", "series"), Attr("data-label", series.Label), Attr("points", Points(points)),
            Attr("fill", "none"), Attr("stroke", series.Colour), Attr("stroke-width", 2),
            series.Dash is null ? null : Attr("stroke-dasharray", series.Dash), Attr("stroke-linejoin", "round"), Attr("stroke-linecap", "round"));
    }
}
