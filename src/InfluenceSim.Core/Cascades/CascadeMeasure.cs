namespace InfluenceSim.Cascades;

/// <summary>One measure of a cascade: its name in summary.json and the logs, its unit, and how it is read off a cascade.</summary>
public sealed record CascadeMeasure(string Name, string Unit, string Meaning, Func<Cascade, double> Of)
{
    /// <summary>Whether a cascade counts in this measure's distribution (structural virality needs two posts).</summary>
    public Func<Cascade, bool> AppliesTo { get; init; } = _ => true;
}

/// <summary>The cascade measures, declared once: summaries, figures, logs and docs/cascades.md follow this list.</summary>
public static class CascadeMeasures
{
    public static readonly CascadeMeasure Size = new("size", "posts", "Posts in the cascade tree: the original and every reshare descended from it.", c => c.Size);

    public static readonly CascadeMeasure Depth = new("depth", "hops", "Reshare hops from the original to the deepest post.", c => c.Depth);

    public static readonly CascadeMeasure MaxBreadth = new("max_breadth", "posts", "The most posts at any one depth.", c => c.MaxBreadth);

    public static readonly CascadeMeasure StructuralVirality = new("structural_virality", "hops",
        "Mean shortest-path distance over all pairs of posts in the tree (cascades of two posts or more).", c => c.StructuralVirality)
    {
        AppliesTo = c => c.Size >= 2,
    };

    public static readonly CascadeMeasure Lifetime = new("lifetime_hours", "hours", "From the original post to the last reshare.", c => c.LifetimeHours);

    public static readonly CascadeMeasure HoursToHalf = new("hours_to_half", "hours", "From the original until the cascade held half of its final size.", c => c.HoursToHalf);

    public static readonly CascadeMeasure HoursTo90 = new("hours_to_90", "hours", "From the original until it held 90% of its final size.", c => c.HoursTo90);

    public static readonly CascadeMeasure Reached = new("reached", "agents",
        "Distinct audience agents who read an item of the cascade, understood or not (when the scenario counts cascadeReach).", c => c.Reached)
    {
        AppliesTo = c => c.Reached >= 0,
    };

    public static readonly CascadeMeasure Exposed = new("exposed", "agents",
        "Distinct audience agents who read an item of the cascade in a language they understand (when the scenario counts cascadeReach).", c => c.Exposed)
    {
        AppliesTo = c => c.Exposed >= 0,
    };

    private static readonly CascadeMeasure[] InOrder = [Size, Depth, MaxBreadth, StructuralVirality, Lifetime, HoursToHalf, HoursTo90, Reached, Exposed];

    public static IReadOnlyList<CascadeMeasure> All { get; } = InOrder.AsReadOnly();

    /// <summary>The measure's place in <see cref="All"/>.</summary>
    public static int IndexOf(CascadeMeasure measure) => Array.IndexOf(InOrder, measure);
}
