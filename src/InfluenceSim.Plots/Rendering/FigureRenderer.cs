using InfluenceSim.Plots.Figures;
using ScottPlot;
using SkiaSharp;
using Axis = InfluenceSim.Plots.Figures.Axis;
using Bar = InfluenceSim.Plots.Figures.Bar;
using Figure = InfluenceSim.Plots.Figures.Figure;
using Heatmap = InfluenceSim.Plots.Figures.Heatmap;
using Line = InfluenceSim.Plots.Figures.Line;
using Panel = InfluenceSim.Plots.Figures.Panel;
using Tick = InfluenceSim.Plots.Figures.Tick;

namespace InfluenceSim.Plots.Rendering;

/// <summary>
/// Draws a <see cref="Figure"/> with ScottPlot: one ScottPlot plot per panel laid out in a grid, the figure's title
/// above and its legend below, so that no legend covers data. The same drawing goes to SVG and, at twice the size,
/// to PNG.
/// </summary>
public static class FigureRenderer
{
    public const int Width = 800;
    private const int TitleHeight = 44;
    private const int SinglePanelHeight = 420;
    private const int LegendRowHeight = 26;
    private const string FontName = "DejaVu Sans";

    public static int HeightOf(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var columns = ColumnsOf(figure);
        var rows = (figure.Panels.Count + columns - 1) / columns;
        return TitleHeight + (figure.Panels.Count == 1 ? SinglePanelHeight : rows * figure.PanelHeight) + LegendHeight(figure);
    }

    public static byte[] Svg(Figure figure)
    {
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, HeightOf(figure)), managed))
        {
            Draw(figure, canvas);
        }

        return stream.ToArray();
    }

    /// <summary>PNG at <paramref name="scale"/> times the SVG's size.</summary>
    public static byte[] Png(Figure figure, float scale = 2)
    {
        var height = HeightOf(figure);
        using var surface = SKSurface.Create(new SKImageInfo((int)(Width * scale), (int)(height * scale)));
        surface.Canvas.Scale(scale);
        Draw(figure, surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void Draw(Figure figure, SKCanvas canvas)
    {
        var height = HeightOf(figure);
        canvas.Clear(SKColors.White);
        RenderInto(canvas, Strip(figure.Title, null), new PixelRect(0, Width, 0, TitleHeight));
        var columns = ColumnsOf(figure);
        var panelWidth = Width / columns;
        var panelHeight = figure.Panels.Count == 1 ? SinglePanelHeight : figure.PanelHeight;
        for (var i = 0; i < figure.Panels.Count; i++)
        {
            var left = i % columns * panelWidth;
            var top = TitleHeight + i / columns * panelHeight;
            RenderInto(canvas, PanelPlot(figure.Panels[i]), new PixelRect(left, left + panelWidth, top, top + panelHeight));
        }

        if (figure.Legend.Count > 0) RenderInto(canvas, Strip(null, figure.Legend), new PixelRect(0, Width, height - LegendHeight(figure), height));
    }

    /// <summary>ScottPlot clears the canvas before drawing; the clip keeps that to the plot's own rectangle.</summary>
    private static void RenderInto(SKCanvas canvas, Plot plot, PixelRect rect)
    {
        canvas.Save();
        canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom));
        plot.Render(canvas, rect);
        canvas.Restore();
    }

    private static int ColumnsOf(Figure figure) => Math.Max(1, Math.Min(figure.Columns, figure.Panels.Count));

    private static int LegendHeight(Figure figure)
    {
        var count = figure.Legend.Count;
        if (count == 0) return 0;
        var perRow = Math.Max(1, Width / 190);
        return 12 + (count + perRow - 1) / perRow * LegendRowHeight;
    }

    /// <summary>A plot with no axes that shows only a title or only a legend.</summary>
    private static Plot Strip(string? title, IReadOnlyList<LegendEntry>? legend)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Layout.Frameless();
        plot.HideGrid();
        plot.Axes.Frameless();
        if (title is not null)
        {
            var text = plot.Add.Text(title, 0.5, 0.5);
            text.LabelFontSize = 17;
            text.LabelBold = true;
            text.LabelAlignment = Alignment.MiddleCenter;
            text.LabelFontName = FontName;
            plot.Axes.SetLimits(0, 1, 0, 1);
        }

        if (legend is not null)
        {
            foreach (var entry in legend) plot.Legend.ManualItems.Add(LegendItemOf(entry));
            plot.Legend.IsVisible = true;
            plot.Legend.Alignment = Alignment.MiddleCenter;
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.Legend.OutlineWidth = 0;
            plot.Legend.ShadowColor = Colors.Transparent;
            plot.Legend.FontName = FontName;
            plot.Legend.FontSize = 12;
        }

        return plot;
    }

    private static ScottPlot.LegendItem LegendItemOf(LegendEntry entry) => entry.Filled
        ? new ScottPlot.LegendItem { LabelText = entry.Label, FillColor = Color.FromHex(entry.Style.Colour), LineWidth = 0 }
        : new ScottPlot.LegendItem
        {
            LabelText = entry.Label,
            LineColor = Color.FromHex(entry.Style.Colour),
            LineWidth = 2.5f,
            LinePattern = PatternOf(entry.Style.Dash),
        };

    private static Plot PanelPlot(Panel panel)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        if (panel.Title.Length > 0)
        {
            plot.Title(panel.Title);
            plot.Axes.Title.Label.FontSize = 13;
        }

        plot.XLabel(panel.X.Label);
        plot.YLabel(panel.Y.Label);
        plot.Axes.Bottom.Label.FontSize = 12;
        plot.Axes.Left.Label.FontSize = 12;
        // Room on the right for half of the last bottom tick label ("100,000" at the right edge was cut off by the panel's clip).
        plot.Axes.Right.MinimumSize = 28;
        plot.Grid.MajorLineColor = Color.FromHex("#E5E5E5");
        DrawAreas(plot, panel.Areas);
        foreach (var line in panel.Lines) DrawLine(plot, line);
        DrawBars(plot, panel.Bars);
        if (panel.Heatmap is { } heatmap) DrawHeatmap(plot, heatmap);
        plot.Axes.AutoScale();
        ApplyAxis(plot, plot.Axes.Bottom, CategoryAxis(panel) ?? panel.X, vertical: false);
        ApplyAxis(plot, plot.Axes.Left, panel.Heatmap is { } map ? Indexed(panel.Y, map.Rows) : panel.Y, vertical: true);
        return plot;
    }

    /// <summary>Bars stand at 0, 1, 2...; a heat map's cells too: their axes are labelled by category or parameter value.</summary>
    private static Axis? CategoryAxis(Panel panel)
    {
        if (panel.Bars.Count > 0)
        {
            var categories = panel.Bars[0].Bars.Select(b => b.Category).ToArray();
            return panel.X with { Min = -0.6, Max = categories.Length - 0.4, Ticks = categories.Select((c, i) => new Tick(i, c)).ToArray() };
        }

        return panel.Heatmap is { } map ? Indexed(panel.X, map.Columns) : null;
    }

    private static Axis Indexed(Axis axis, IReadOnlyList<double> values) =>
        axis with { Min = -0.5, Max = values.Count - 0.5, Ticks = values.Select((v, i) => new Tick(i, Output.Numbers.Format(v))).ToArray() };

    private static void ApplyAxis(Plot plot, ScottPlot.IAxis axis, Axis spec, bool vertical)
    {
        if (spec.Ticks is { } ticks)
        {
            var generator = new ScottPlot.TickGenerators.NumericManual();
            foreach (var tick in ticks) generator.AddMajor(tick.Position, tick.Label);
            axis.TickGenerator = generator;
        }
        else
        {
            axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Output.Numbers.Format(v) };
        }

        var limits = plot.Axes.GetLimits();
        var (low, high) = vertical ? (limits.Bottom, limits.Top) : (limits.Left, limits.Right);
        low = spec.Min ?? low;
        high = spec.Max ?? high;
        if (spec.Max is null && vertical) high += (high - low) * 0.05;
        if (high <= low) high = low + 1;
        if (vertical) plot.Axes.SetLimitsY(low, high);
        else plot.Axes.SetLimitsX(low, high);
    }

    private static void DrawLine(Plot plot, Line line)
    {
        var colour = Color.FromHex(line.Style.Colour);
        var xs = line.X.ToArray();
        if (line.PointsOnly)
        {
            var points = plot.Add.ScatterPoints(xs, line.Y.ToArray());
            points.Color = colour;
            points.MarkerSize = 7;
            if (line.HasBand) ErrorBars(plot, xs, line.Low!, line.High!).Color = colour;
            if (line.XLow is { } xLow && line.XHigh is { } xHigh)
            {
                var across = plot.Add.ErrorBar(xs, line.Y.ToArray(), new double[xs.Length]);
                across.XErrorNegative = xs.Select((x, i) => x - xLow[i]).ToArray();
                across.XErrorPositive = xs.Select((x, i) => xHigh[i] - x).ToArray();
                across.Color = colour;
            }

            return;
        }

        if (line.HasBand)
        {
            var band = plot.Add.FillY(xs, line.Low!.ToArray(), line.High!.ToArray());
            band.FillColor = colour.WithAlpha(0.18);
            band.LineWidth = 0;
        }

        var scatter = plot.Add.ScatterLine(xs, line.Y.ToArray());
        scatter.Color = colour;
        scatter.LineWidth = 2;
        scatter.LinePattern = PatternOf(line.Style.Dash);
    }

    /// <summary>Error bars from low to high (an interval clipped at a bound need not be symmetric about the mean).</summary>
    private static ScottPlot.Plottables.ErrorBar ErrorBars(Plot plot, double[] xs, IReadOnlyList<double> low, IReadOnlyList<double> high) =>
        plot.Add.ErrorBar(xs, low.Select((l, i) => (l + high[i]) / 2).ToArray(), low.Select((l, i) => (high[i] - l) / 2).ToArray());

    private static void DrawAreas(Plot plot, IReadOnlyList<AreaLayer> areas)
    {
        if (areas.Count == 0) return;
        var below = new double[areas[0].Values.Count];
        foreach (var area in areas)
        {
            var above = below.Select((b, i) => b + area.Values[i]).ToArray();
            var fill = plot.Add.FillY(area.X.ToArray(), below, above);
            fill.FillColor = Color.FromHex(area.Colour);
            fill.LineWidth = 0;
            below = above;
        }
    }

    private static void DrawBars(Plot plot, IReadOnlyList<BarGroup> groups)
    {
        if (groups.Count == 0) return;
        var width = 0.8 / groups.Count;
        for (var g = 0; g < groups.Count; g++)
        {
            var bars = groups[g].Bars.Select((bar, i) => new ScottPlot.Bar
            {
                Position = i - 0.4 + width * (g + 0.5),
                Value = bar.Value,
                Size = width * 0.92,
                FillColor = Color.FromHex(bar.Colour),
                LineWidth = 0,
                Error = 0,
            }).ToArray();
            plot.Add.Bars(bars);
            for (var i = 0; i < bars.Length; i++)
            {
                if (groups[g].Bars[i] is not { Low: { } low, High: { } high }) continue;
                var error = ErrorBars(plot, [bars[i].Position], [low], [high]);
                error.Color = Colors.Black;
                error.LineWidth = 1.2f;
            }
        }
    }

    private static void DrawHeatmap(Plot plot, Heatmap heatmap)
    {
        var map = plot.Add.Heatmap(heatmap.Values);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        map.FlipVertically = true;
        var bar = plot.Add.ColorBar(map);
        bar.Label = heatmap.ValueLabel;
        bar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Output.Numbers.Format(v) };
    }

    private static LinePattern PatternOf(Dash dash) => dash switch
    {
        Dash.Dashed => LinePattern.Dashed,
        Dash.Dotted => LinePattern.Dotted,
        Dash.DashDot => LinePattern.DenselyDashed,
        _ => LinePattern.Solid,
    };
}
