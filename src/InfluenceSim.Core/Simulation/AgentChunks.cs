namespace InfluenceSim.Simulation;

/// <summary>
/// The fixed chunks into which a world's agents are cut for its parallel steps: each chunk draws from its own streams,
/// derived from the replicate's seed, the step and the chunk's number, and its effects are applied in chunk order,
/// so that what a step does does not depend on how many threads ran it.
/// </summary>
internal static class AgentChunks
{
    /// <summary>Agents per chunk: enough that a chunk's work outweighs handing it to a thread, few enough to share out evenly.</summary>
    public const int Size = 1 << 14;

    public static int Count(int agents) => (agents + Size - 1) / Size;

    public static int Start(int chunk) => chunk * Size;

    public static int End(int chunk, int agents) => (int)Math.Min(agents, (long)(chunk + 1) * Size);
}
