namespace InfluenceSim.Plots.Charts;

/// <summary>
/// Colours safe for the common colour-vision deficiencies (Okabe and Ito 2008), in a fixed order so that the
/// n-th narrative (or segment) has the same colour in every figure. Past eight the colours repeat with dashes.
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

    private static readonly string?[] Dashes = [null, "6 3", "2 2", "8 3 2 3"];

    public static string Colour(int index) => Colours[index % Colours.Length];

    /// <summary>The stroke dash pattern of the n-th series, null for solid.</summary>
    public static string? Dash(int index) => Dashes[(index / Colours.Length) % Dashes.Length];

    /// <summary>Belief states, from unaware to believer.</summary>
    public static readonly string Unaware = "#DDDDDD";
    public static readonly string Aware = "#56B4E9";
    public static readonly string Believer = "#D55E00";
}
