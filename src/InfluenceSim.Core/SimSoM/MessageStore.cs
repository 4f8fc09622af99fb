namespace InfluenceSim.SimSoM;

/// <summary>Every message of a run, by number: its quality and appeal, whether a bot wrote it, and its shares by humans (posting included).</summary>
public sealed class MessageStore
{
    private float[] _quality = new float[1024];
    private float[] _appeal = new float[1024];
    private bool[] _byBot = new bool[1024];
    private int[] _humanShares = new int[1024];

    /// <summary>Bytes each message takes.</summary>
    public const int BytesPerMessage = 13;

    public int Count { get; private set; }

    public ReadOnlySpan<float> Quality => _quality.AsSpan(0, Count);

    public ReadOnlySpan<float> Appeal => _appeal.AsSpan(0, Count);

    public ReadOnlySpan<int> HumanShares => _humanShares.AsSpan(0, Count);

    public bool IsByBot(int message) => _byBot[message];

    public int Add(double quality, double appeal, bool byBot)
    {
        if (Count == _quality.Length)
        {
            var grown = (int)Math.Min(Array.MaxLength, 2L * Count);
            Array.Resize(ref _quality, grown);
            Array.Resize(ref _appeal, grown);
            Array.Resize(ref _byBot, grown);
            Array.Resize(ref _humanShares, grown);
        }

        _quality[Count] = (float)quality;
        _appeal[Count] = (float)appeal;
        _byBot[Count] = byBot;
        return Count++;
    }

    public void CountHumanShare(int message) => _humanShares[message]++;
}
