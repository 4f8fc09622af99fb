using System.Xml.Linq;

namespace InfluenceSim.Plots.Figures;

/// <summary>A finished figure: its file name (without extension), a caption for reports, and the SVG.</summary>
public sealed record Figure(string Name, string Caption, XElement Svg);
