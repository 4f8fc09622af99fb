using InfluenceSim.Networks;

namespace InfluenceSim.SimSoM;

/// <summary>
/// One step's pushes into feeds, kept per receiving account in order of arrival until the step's end (SimSoM
/// delivers after every account has acted). Each account has room for one push from each account it follows.
/// </summary>
public sealed class Inbox
{
    private readonly int[] _starts;
    private readonly int[] _filled;
    private readonly int[] _messages;
    private readonly int[] _copies;

    /// <param name="followers">Row v: the accounts that receive v's messages.</param>
    public Inbox(CsrGraph followers)
    {
        ArgumentNullException.ThrowIfNull(followers);
        _starts = new int[followers.NodeCount + 1];
        for (var v = 0; v < followers.NodeCount; v++)
        {
            foreach (var follower in followers.Neighbours(v)) _starts[follower + 1]++;
        }

        for (var v = 0; v < followers.NodeCount; v++) _starts[v + 1] += _starts[v];
        _filled = new int[followers.NodeCount];
        _messages = new int[_starts[^1]];
        _copies = new int[_starts[^1]];
    }

    /// <summary>Bytes per follow edge and per account.</summary>
    public static (long PerEdge, long PerAccount) BytesPer => (8, 8);

    public void Push(int account, int message, int copies)
    {
        var at = _starts[account] + _filled[account]++;
        _messages[at] = message;
        _copies[at] = copies;
    }

    public ReadOnlySpan<int> MessagesFor(int account) => _messages.AsSpan(_starts[account], _filled[account]);

    public ReadOnlySpan<int> CopiesFor(int account) => _copies.AsSpan(_starts[account], _filled[account]);

    public void Clear() => Array.Clear(_filled);
}
