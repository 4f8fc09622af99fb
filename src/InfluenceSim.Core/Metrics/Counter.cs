namespace InfluenceSim.Metrics;

/// <summary>
/// The cells of one metric in a replicate, indexed by the slices it has; a slice it does not have is ignored.
/// A flow's cells are running totals since step 0; a stock's cells are its current state.
/// </summary>
public readonly struct Counter
{
    private readonly double[] _cells;
    private readonly int _narrativeStride;
    private readonly int _segmentStride;
    private readonly int _platformStride;
    private readonly int _languageStride;

    internal Counter(double[] cells, int narrativeStride, int segmentStride, int platformStride, int languageStride)
    {
        _cells = cells;
        _narrativeStride = narrativeStride;
        _segmentStride = segmentStride;
        _platformStride = platformStride;
        _languageStride = languageStride;
    }

    public void Increment(int narrative = 0, int segment = 0, int platform = 0, int language = 0) =>
        _cells[Index(narrative, segment, platform, language)]++;

    public void Decrement(int narrative = 0, int segment = 0, int platform = 0, int language = 0) =>
        _cells[Index(narrative, segment, platform, language)]--;

    public void Add(double amount, int narrative = 0, int segment = 0, int platform = 0, int language = 0) =>
        _cells[Index(narrative, segment, platform, language)] += amount;

    /// <summary>The cell's value now.</summary>
    public double ValueAt(int narrative = 0, int segment = 0, int platform = 0, int language = 0) =>
        _cells[Index(narrative, segment, platform, language)];

    public void Set(double value, int narrative = 0, int segment = 0, int platform = 0, int language = 0) =>
        _cells[Index(narrative, segment, platform, language)] = value;

    private int Index(int narrative, int segment, int platform, int language) =>
        narrative * _narrativeStride + segment * _segmentStride + platform * _platformStride + language * _languageStride;
}
