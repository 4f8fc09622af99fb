namespace InfluenceSim.Plots.Charts;

/// <summary>
/// Thins a line with more points than pixel columns: in each column it keeps the first, lowest, highest and last
/// point, in order, which draws the same picture with far fewer points (long runs make small files).
/// </summary>
public static class PixelDecimation
{
    public static List<(double X, double Y)> Thin(List<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 8 || points.Count <= (points[^1].X - points[0].X) * 2) return points;
        var result = new List<(double X, double Y)>();
        var start = 0;
        while (start < points.Count)
        {
            var column = Math.Floor(points[start].X);
            var end = start;
            while (end + 1 < points.Count && Math.Floor(points[end + 1].X) == column) end++;
            var low = start;
            var high = start;
            for (var i = start; i <= end; i++)
            {
                if (points[i].Y < points[low].Y) low = i;
                if (points[i].Y > points[high].Y) high = i;
            }

            foreach (var index in new[] { start, low, high, end }.Distinct().Order()) result.Add(points[index]);
            start = end + 1;
        }

        return result;
    }
}
