using InfluenceSim.Output;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// Time for the x axis in hours, or in days when the run is longer than three days, with ticks at steps people
/// count time in (6, 12, 24 hours; 1, 2, 7, 14 days). Classic models count plain steps.
/// </summary>
public sealed class TimeAxis
{
    private static readonly double[] HourSteps = [1, 2, 3, 6, 12, 24, 48];
    private static readonly double[] DaySteps = [1, 2, 7, 14, 28, 56, 91, 182, 365];
    private static readonly double[] PlainSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];
    private readonly double _unitsPerStep;
    private readonly double[] _tickSteps;

    /// <param name="stepHours">Hours per step; null for plain steps.</param>
    /// <param name="steps">The last step.</param>
    public TimeAxis(double? stepHours, int steps)
    {
        Steps = steps;
        var inDays = stepHours * steps > 72;
        _unitsPerStep = stepHours is { } hours ? hours / (inDays ? 24 : 1) : 1;
        _tickSteps = stepHours is null ? PlainSteps : inDays ? DaySteps : HourSteps;
        Label = stepHours is null ? "step" : inDays ? "time (days)" : "time (hours)";
    }

    public int Steps { get; }

    public string Label { get; }

    /// <summary>The x value of every step from 0 to the last.</summary>
    public double[] Values => Enumerable.Range(0, Steps + 1).Select(step => step * _unitsPerStep).ToArray();

    public Axis Axis()
    {
        var end = Math.Max(Steps, 1) * _unitsPerStep;
        var step = _tickSteps.FirstOrDefault(s => end / s <= 8, _tickSteps[^1]);
        var ticks = new List<Tick>();
        for (var position = 0.0; position <= end + 1e-9; position += step) ticks.Add(new Tick(position, Numbers.Format(position)));
        return new Axis(Label, 0, end, ticks);
    }
}
