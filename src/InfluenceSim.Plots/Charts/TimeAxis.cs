namespace InfluenceSim.Plots.Charts;

/// <summary>
/// Time for the x axis in hours, or in days when the run is longer than three days, with ticks at steps people
/// count time in (6, 12, 24 hours; 1, 2, 7, 14 days).
/// </summary>
public sealed class TimeAxis
{
    private static readonly double[] HourSteps = [1, 2, 3, 6, 12, 24, 48];
    private static readonly double[] DaySteps = [1, 2, 7, 14, 28, 56, 91, 182, 365];

    public TimeAxis(double stepHours, int steps)
    {
        StepHours = stepHours;
        InDays = stepHours * steps > 72;
    }

    public double StepHours { get; }

    public bool InDays { get; }

    public string Label => InDays ? "time (days)" : "time (hours)";

    public double[] Values(int steps) =>
        Enumerable.Range(0, steps + 1).Select(step => step * StepHours / (InDays ? 24 : 1)).ToArray();

    /// <summary>The x scale from 0 to the end of a run of the given steps.</summary>
    public NiceScale Scale(int steps) =>
        NiceScale.For(0, Math.Max(steps, 1) * StepHours / (InDays ? 24 : 1), 8, includeZero: true, InDays ? DaySteps : HourSteps);
}
