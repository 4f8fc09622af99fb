namespace InfluenceSim.Plots.Figures;

/// <summary>
/// Colours safe for the common colour-vision deficiencies (Okabe and Ito 2008). A narrative's colour follows from
/// its id alone (an FNV-1a hash of the id, mixed by MurmurHash3's finalizer), so it is the same in every scenario;
/// narratives of one run that share a colour are told apart by dashes.
/// </summary>
public static class Palette
{
    private static readonly string[] Colours =
    [
        "#0072B2", // blue
        "#E69F00", // orange
        "#009E73", // bluish green
        "#D55E00", // vermillion
        "#CC79A7", // reddish purple
        "#56B4E9", // sky blue
        "#000000", // black
        "#B8A000", // a darker yellow, readable on white
    ];

    private static readonly Dash[] Dashes = [Dash.Solid, Dash.Dashed, Dash.Dotted, Dash.DashDot];

    /// <summary>Salt of the hash, the first that gives the eight narratives of the shipped scenarios eight different colours.</summary>
    private const string Salt = "683:";

    public const string Grey = "#999999";
    public const string Unaware = "#DDDDDD";
    public const string Aware = "#56B4E9";
    public const string Believer = "#D55E00";

    /// <summary>The n-th colour, for series that are not narratives (metrics, segments, languages); past eight, dashed.</summary>
    public static SeriesStyle Indexed(int index) => new(Colours[index % Colours.Length], Dashes[index / Colours.Length % Dashes.Length]);

    /// <summary>The colour of a narrative id in every scenario.</summary>
    public static string NarrativeColour(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = 2166136261u;
        foreach (var c in Salt + id)
        {
            hash ^= c;
            hash *= 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85ebca6bu;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35u;
        hash ^= hash >> 16;
        return Colours[hash % (uint)Colours.Length];
    }

    /// <summary>The styles of a run's narratives: each its own colour, dashed when an earlier one has that colour already.</summary>
    public static IReadOnlyDictionary<string, SeriesStyle> Narratives(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var styles = new Dictionary<string, SeriesStyle>();
        foreach (var id in ids)
        {
            var colour = NarrativeColour(id);
            var taken = styles.Values.Count(s => s.Colour == colour);
            styles[id] = new SeriesStyle(colour, Dashes[taken % Dashes.Length]);
        }

        return styles;
    }
}
