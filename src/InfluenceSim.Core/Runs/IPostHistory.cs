using InfluenceSim.Platforms;

namespace InfluenceSim.Runs;

/// <summary>The posts of a replicate of a model with posts (the platform model), as the logs and the live page read them.</summary>
public interface IPostHistory
{
    /// <summary>Every post and reshare so far, numbered in the order they were made.</summary>
    PostStore Posts { get; }

    IReadOnlyList<string> PlatformIds { get; }

    IReadOnlyList<string> NarrativeIds { get; }

    IReadOnlyList<string> LanguageIds { get; }

    /// <summary>The post's impressions (reads) and exposures (reads in a language the reader understands).</summary>
    (int Impressions, int Exposures) ReadsOf(int post);

    /// <summary>An author's kind ("audience", or its actor group's kind), its group, and the sponsor it speaks for.</summary>
    (string Kind, string Group, string? Sponsor) Describe(int account);
}
