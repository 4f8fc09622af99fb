namespace InfluenceSim.Cascades;

/// <summary>
/// One cascade of a replicate, measured at the end of the run: an original post and every reshare descended from
/// it, as a tree. Times are in hours from the original post.
/// </summary>
/// <param name="Root">The original post's id.</param>
/// <param name="Author">The original post's author (global account id).</param>
/// <param name="Narrative">The narrative's number.</param>
/// <param name="Platform">The platform's number.</param>
/// <param name="Size">Posts in the tree, the original included.</param>
/// <param name="Depth">Reshare hops from the original to the deepest post.</param>
/// <param name="MaxBreadth">The most posts at any one depth.</param>
/// <param name="StructuralVirality">Mean shortest-path distance over all pairs of posts in the tree (Goel et al. 2016); 0 for a lone post.</param>
/// <param name="LifetimeHours">From the original to the last reshare.</param>
/// <param name="HoursToHalf">From the original until the cascade held half of its final size.</param>
/// <param name="HoursTo90">From the original until it held 90% of its final size.</param>
/// <param name="Reached">Distinct audience agents who read an item of the cascade; -1 when not counted (cascadeReach off).</param>
/// <param name="Exposed">Distinct audience agents who read and understood one; -1 when not counted.</param>
public readonly record struct Cascade(
    int Root, int Author, int Narrative, int Platform,
    int Size, int Depth, int MaxBreadth, double StructuralVirality,
    double LifetimeHours, double HoursToHalf, double HoursTo90,
    int Reached, int Exposed);
