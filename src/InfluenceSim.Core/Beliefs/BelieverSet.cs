using InfluenceSim.Memory;

namespace InfluenceSim.Beliefs;

/// <summary>
/// The believers of one narrative as an unordered set with O(1) add and remove, so that forgetting can pick
/// its few agents among the believers without visiting every agent.
/// </summary>
public sealed class BelieverSet
{
    private readonly int[] _members;

    /// <summary>One more than the agent's position in the members, 0 when it is not one: a fresh array is an empty set, with no pass to fill it.</summary>
    private readonly int[] _positionPlusOne;

    public BelieverSet(int agents)
    {
        _members = LargeArrays.Allocate<int>(agents);
        _positionPlusOne = LargeArrays.Allocate<int>(agents);
    }

    public int Count { get; private set; }

    public int this[int position] => _members[position];

    public bool Contains(int agent) => _positionPlusOne[agent] > 0;

    public void Add(int agent)
    {
        if (_positionPlusOne[agent] > 0) return;
        _members[Count++] = agent;
        _positionPlusOne[agent] = Count;
    }

    /// <summary>Adds the agent if it believes, removes it if not.</summary>
    public void Change(int agent, bool believes)
    {
        if (believes) Add(agent);
        else Remove(agent);
    }

    /// <summary>Removes the agent; the last member takes its place.</summary>
    public void Remove(int agent)
    {
        var at = _positionPlusOne[agent] - 1;
        if (at < 0) return;
        var last = _members[--Count];
        _members[at] = last;
        _positionPlusOne[last] = at + 1;
        _positionPlusOne[agent] = 0;
    }
}
