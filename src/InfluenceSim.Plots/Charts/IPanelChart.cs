using System.Xml.Linq;

namespace InfluenceSim.Plots.Charts;

/// <summary>A chart that can draw its axes and data into a given rectangle, as a panel of a larger figure.</summary>
public interface IPanelChart
{
    XElement Draw(double left, double top, double width, double height);
}
