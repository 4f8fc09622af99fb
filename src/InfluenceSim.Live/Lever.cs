namespace InfluenceSim.Live;

/// <summary>
/// A lever the page offers: a scenario field an event may set, with its current value. A switch is on or off; a
/// range slides from <see cref="Min"/> to <see cref="Max"/>. A language share (<see cref="Language"/> set) sets the
/// actor group's whole language mix, scaling the other languages to make up the rest.
/// </summary>
/// <param name="Path">The event path (scenario-reference.md), or for a language share the path of the mix.</param>
/// <param name="Group">What the lever belongs to, for the page's headings ("platform twitter").</param>
/// <param name="Label">What the page calls it.</param>
public sealed record Lever(string Id, string Path, string Group, string Label, bool IsSwitch, double Min, double Max, double StepSize, double Value)
{
    /// <summary>For a language share: the language whose share it sets.</summary>
    public string? Language { get; init; }
}
