namespace InfluenceSim.Simulation;

/// <summary>
/// What a chunk's sessions did that reaches beyond its own agents, kept in the order it happened and applied by the
/// world chunk by chunk: changes to the believer sets as soon as the chunk and those before it are done, reads of
/// cascades (when unique readers are counted) and new posts, reshares and reports after all chunks have run. The lists
/// keep their capacity from step to step.
/// </summary>
internal sealed class ChunkEffects
{
    public List<BelieverChange> BelieverChanges { get; } = [];

    public List<CascadeRead> Reads { get; } = [];

    public List<PostEffect> Posts { get; } = [];

    public void Clear()
    {
        BelieverChanges.Clear();
        Reads.Clear();
        Posts.Clear();
    }
}

/// <summary>An agent joins (or leaves) the believers of a narrative.</summary>
internal readonly record struct BelieverChange(int Agent, int Narrative, bool Believes);

/// <summary>An agent read an item of the cascade with this original, understanding it or not.</summary>
internal readonly record struct CascadeRead(int Root, int Agent, bool Understood);

internal enum PostEffectKind : byte
{
    /// <summary>An agent writes an original post: account, platform, narrative, language.</summary>
    Original,

    /// <summary>An agent reshares a post: account, platform, post (the parent).</summary>
    Reshare,

    /// <summary>A reader reports a cascade: platform, post (the original).</summary>
    Report,
}

internal readonly record struct PostEffect(PostEffectKind Kind, int Account, int Platform, int Post, int Narrative = 0, int Language = 0);
