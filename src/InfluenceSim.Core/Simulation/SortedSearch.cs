namespace InfluenceSim.Simulation;

internal static class SortedSearch
{
    /// <summary>The index of the first value at least <paramref name="value"/> in ascending distinct values (their length when none is).</summary>
    public static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        var index = sorted.BinarySearch(value);
        return index >= 0 ? index : ~index;
    }
}
