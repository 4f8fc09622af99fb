namespace InfluenceSim.Metrics;

/// <summary>
/// One metric, declared once in <see cref="MetricCatalogue"/>: everything that writes, summarises, plots or
/// documents it follows from this. Which models count it is theirs to say (the platform model's and SimSoM's lists in
/// the catalogue, a classic model's in its plug-in).
/// </summary>
/// <param name="Name">The name in timeseries.csv.</param>
/// <param name="Kind">Stock (state at the end of a step) or flow (count during a step).</param>
/// <param name="Slices">What it is counted by.</param>
/// <param name="Unit">What one unit is, for axes and tables.</param>
/// <param name="Meaning">One line for people.</param>
public sealed record MetricDefinition(string Name, MetricKind Kind, Slices Slices, string Unit, string Meaning)
{
    /// <summary>How cells combine over a slice.</summary>
    public Aggregate Aggregate { get; init; } = Aggregate.Sum;

    /// <summary>The outcomes it gives per replicate.</summary>
    public OutcomeStatistics Outcomes { get; init; } = OutcomeStatistics.None;

    /// <summary>Recorded only when some platform moderates.</summary>
    public bool ModerationOnly { get; init; }

    /// <summary>A narrative-sliced metric that is also written for all narratives together.</summary>
    public bool TotalOverNarratives { get; init; }

    /// <summary>The smallest value it can take; intervals are clipped to it.</summary>
    public double Minimum { get; init; }

    /// <summary>The largest value it can take, if any; intervals are clipped to it.</summary>
    public double? Maximum { get; init; }

    public bool IsFlow => Kind == MetricKind.Flow;

    public bool Has(Slices slice) => (Slices & slice) == slice;

    /// <summary>The name of one of its outcomes, for one narrative or for all (null).</summary>
    public string OutcomeName(OutcomeStatistics statistic, string? narrative)
    {
        var name = statistic switch
        {
            OutcomeStatistics.Final => "final_" + Name,
            OutcomeStatistics.Peak => "peak_" + Name,
            _ => Name,
        };
        return narrative is null ? name : name + "." + narrative;
    }

    public override string ToString() => Name;
}
