using InfluenceSim.Randomness;

namespace InfluenceSim.SimSoM;

/// <summary>
/// Every account's feed of at most alpha messages, newest first, each with its share count and age, kept by SimSoM's
/// rules (its model.py, _bulk_add_messages_to_feed and _rank_newsfeed):
/// - a delivery adds the messages new to the feed at its top, in the order they arrived, with the number of times
///   each arrived as its shares (a bot's push counts theta) and age 0;
/// - a message already in the feed gains the shares that arrived, and keeps its place and age;
/// - the older messages age by one step when some of the delivery was already in the feed; otherwise their ages are
///   set to 1 (SimSoM's code does so; it only matters to recency, as order is kept);
/// - the feed is cut to the alpha youngest (ties by place), which always are its first alpha items.
/// A message is picked for resharing with probability proportional to appeal x shares x exp(-0.4 age^0.4).
/// </summary>
public sealed class NewsFeeds
{
    private readonly int _alpha;
    private readonly int[] _messages;
    private readonly int[] _shares;
    private readonly int[] _ages;
    private readonly int[] _counts;
    private readonly double[] _weights;
    private readonly int[] _newMessages;
    private readonly int[] _newShares;
    private long[] _markedFor = [];
    private int[] _slotOf = [];
    private long _delivery;

    public NewsFeeds(int accounts, int alpha)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(alpha, 1);
        _alpha = alpha;
        _messages = new int[(long)accounts * alpha];
        _shares = new int[_messages.Length];
        _ages = new int[_messages.Length];
        _counts = new int[accounts];
        _weights = new double[alpha];
        _newMessages = new int[alpha];
        _newShares = new int[alpha];
    }

    /// <summary>Bytes per account and per message of the run (the latter for matching deliveries to feeds).</summary>
    public static (long PerAccount, long PerMessage) BytesPer(int alpha) => (12L * alpha + 4, 12);

    public int CountOf(int account) => _counts[account];

    public ReadOnlySpan<int> MessagesOf(int account) => _messages.AsSpan(account * _alpha, _counts[account]);

    public ReadOnlySpan<int> SharesOf(int account) => _shares.AsSpan(account * _alpha, _counts[account]);

    public ReadOnlySpan<int> AgesOf(int account) => _ages.AsSpan(account * _alpha, _counts[account]);

    /// <summary>SimSoM's recency of a message of this age: exp(-0.4 age^0.4) (Wu and Huberman 2007).</summary>
    public static double Recency(int age) => Math.Exp(-0.4 * Math.Pow(age, 0.4));

    /// <summary>Draws a message of a non-empty feed for resharing, with probability proportional to appeal x shares x recency.</summary>
    public int PickForReshare(int account, ReadOnlySpan<float> appeal, SimRandom random)
    {
        var start = account * _alpha;
        var count = _counts[account];
        double total = 0;
        for (var i = 0; i < count; i++)
        {
            total += appeal[_messages[start + i]] * _shares[start + i] * RecencyOf(_ages[start + i]);
            _weights[i] = total;
        }

        var u = random.NextDouble() * total;
        for (var i = 0; i < count - 1; i++)
        {
            if (u < _weights[i]) return _messages[start + i];
        }

        return _messages[start + count - 1];
    }

    /// <summary>Adds one step's deliveries to an account's feed: the messages in the order they arrived, with the copies of each arrival.</summary>
    /// <param name="account">The receiving account.</param>
    /// <param name="messages">The messages pushed to it this step, in order of arrival (repeats allowed).</param>
    /// <param name="copies">Per arrival, how many copies it counts for.</param>
    /// <param name="messageCount">How many messages the run has made (numbers below it).</param>
    public void Deliver(int account, ReadOnlySpan<int> messages, ReadOnlySpan<int> copies, int messageCount)
    {
        if (messages.IsEmpty) return;
        EnsureMarks(messageCount);
        var delivery = ++_delivery;
        var start = account * _alpha;
        var count = _counts[account];
        for (var i = 0; i < count; i++)
        {
            _markedFor[_messages[start + i]] = delivery;
            _slotOf[_messages[start + i]] = -(i + 1);
        }

        var overlap = false;
        var fresh = 0;
        for (var a = 0; a < messages.Length; a++)
        {
            var message = messages[a];
            if (_markedFor[message] == delivery)
            {
                var slot = _slotOf[message];
                if (slot < 0)
                {
                    _shares[start - slot - 1] += copies[a];
                    overlap = true;
                }
                else if (slot < _alpha)
                {
                    _newShares[slot] += copies[a];
                }

                continue;
            }

            _markedFor[message] = delivery;
            if (fresh < _alpha)
            {
                _slotOf[message] = fresh;
                _newMessages[fresh] = message;
                _newShares[fresh] = copies[a];
                fresh++;
            }
            else
            {
                _slotOf[message] = int.MaxValue;
            }
        }

        for (var i = 0; i < count; i++) _ages[start + i] = overlap ? _ages[start + i] + 1 : 1;
        var kept = Math.Min(count, _alpha - fresh);
        for (var i = kept - 1; i >= 0; i--)
        {
            _messages[start + fresh + i] = _messages[start + i];
            _shares[start + fresh + i] = _shares[start + i];
            _ages[start + fresh + i] = _ages[start + i];
        }

        for (var i = 0; i < fresh; i++)
        {
            _messages[start + i] = _newMessages[i];
            _shares[start + i] = _newShares[i];
            _ages[start + i] = 0;
        }

        _counts[account] = fresh + kept;
    }

    private static readonly double[] RecencyTable = Enumerable.Range(0, 1024).Select(Recency).ToArray();

    private static double RecencyOf(int age) => age < RecencyTable.Length ? RecencyTable[age] : Recency(age);

    private void EnsureMarks(int messageCount)
    {
        if (_markedFor.Length >= messageCount) return;
        var size = (int)Math.Min(Array.MaxLength, Math.Max(messageCount, 2L * _markedFor.Length));
        Array.Resize(ref _markedFor, size);
        Array.Resize(ref _slotOf, size);
    }
}
