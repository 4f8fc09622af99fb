namespace InfluenceSim.Beliefs;

/// <summary>
/// The believers of one narrative as an unordered set with O(1) add and remove, so that forgetting can pick
/// its few agents among the believers without visiting every agent.
/// </summary>
public sealed class BelieverSet
{
    private readonly int[] _members;
    private readonly int[] _position;

    public BelieverSet(int agents)
    {
        _members = new int[agents];
        _position = new int[agents];
        Array.Fill(_position, -1);
    }

    public int Count { get; private set; }

    public int this[int position] => _members[position];

    public bool Contains(int agent) => _position[agent] >= 0;

    public void Add(int agent)
    {
        if (_position[agent] >= 0) return;
        _position[agent] = Count;
        _members[Count++] = agent;
    }

    /// <summary>Removes the agent; the last member takes its place.</summary>
    public void Remove(int agent)
    {
        var at = _position[agent];
        if (at < 0) return;
        var last = _members[--Count];
        _members[at] = last;
        _position[last] = at;
        _position[agent] = -1;
    }
}
