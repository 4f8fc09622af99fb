using InfluenceSim.Metrics;

namespace InfluenceSim.Live;

/// <summary>
/// What the page is sent: the session's world drawn through its <see cref="NetworkSample"/>, the chart's series and
/// the levers. The sample is drawn once per setup; changes of levers replay the same world, so it stays valid.
/// </summary>
public sealed class LiveView(LiveSession session)
{
    private NetworkSample? _sample;
    private int _postsSeen;

    public LiveSession Session { get; } = session ?? throw new ArgumentNullException(nameof(session));

    public NetworkSample Sample => _sample ??= NetworkSample.Of(Session.World, Session.Simulation.Layout.SegmentSizes);

    /// <summary>Forgets the drawn sample (after a setup: another seed is another world).</summary>
    public void Redraw()
    {
        _sample = null;
        _postsSeen = 0;
    }

    /// <summary>
    /// The chart's series: believers per narrative for the platform model, relative quality and exposure to bots'
    /// messages for SimSoM, the model's states for a classic one.
    /// </summary>
    public IReadOnlyList<(string Name, SeriesKey Key)> ChartSeries()
    {
        var layout = Session.Simulation.Layout;
        if (layout.Model == Scenarios.ScenarioModels.Platform)
        {
            return layout.Narratives.Select((n, i) => (n.Id, new SeriesKey(MetricCatalogue.Believers, i))).ToArray();
        }

        if (layout.Model == Scenarios.ScenarioModels.SimSoM)
        {
            return new[] { MetricCatalogue.RelativeQuality, MetricCatalogue.LowQualityExposure }.Select(m => (m.Name, new SeriesKey(m))).ToArray();
        }

        return layout.RecordedMetrics.Where(m => !m.IsFlow && m.Has(Slices.Segment)).Select(m => (m.Name, new SeriesKey(m))).ToArray();
    }

    /// <summary>Each chart series' values from a step to the last one run.</summary>
    public double[][] ChartValues(int fromStep) =>
        ChartSeries().Select(s => Session.Recording.Values(s.Key).Skip(fromStep).ToArray()).ToArray();

    /// <summary>Reshares made since the last call between drawn accounts, as (parent's author, resharer) pairs of drawn nodes.</summary>
    public int[][] NewReshares()
    {
        if (Session.World.PostHistory is not { } history) return [];
        var posts = history.Posts.All;
        var pairs = new List<int[]>();
        for (var id = Math.Min(_postsSeen, posts.Length); id < posts.Length; id++)
        {
            if (!posts[id].IsReshare) continue;
            var from = Sample.IndexOf(posts[posts[id].Parent].Author);
            var to = Sample.IndexOf(posts[id].Author);
            if (from >= 0 && to >= 0) pairs.Add([from, to]);
        }

        _postsSeen = posts.Length;
        return [.. pairs];
    }

    /// <summary>Skips the reshares made so far (after a replay, which makes the same posts again).</summary>
    public void SkipReshares() => _postsSeen = Session.World.PostHistory?.Posts.Count ?? 0;
}
