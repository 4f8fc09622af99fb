namespace InfluenceSim.Cascades;

/// <summary>
/// Which audience agents have read, and which have understood, an item of each cascade: a set of (cascade, agent)
/// pairs in one open-addressing table, so that a cascade's unique users reached and exposed are counted exactly,
/// once each, however many of its posts an agent reads. Memory: 8 bytes a slot, at most 70% full, so about 11 to 23
/// bytes per distinct pair.
/// </summary>
public sealed class CascadeReaders
{
    private const long UnderstoodFlag = long.MinValue;
    private const double MaxLoad = 0.7;
    private long[] _slots = new long[1 << 12];
    private int _mask = (1 << 12) - 1;
    private int _shift = 64 - 12;
    private int _count;

    /// <summary>Distinct (cascade, agent) pairs read.</summary>
    public int Count => _count;

    /// <summary>Records that an agent read an item of the cascade.</summary>
    /// <returns>Whether the agent is new to the cascade as a reader (<c>Reached</c>) and as one who understood it (<c>Exposed</c>).</returns>
    public (bool Reached, bool Exposed) Read(int root, int agent, bool understood)
    {
        var key = ((long)root << 32 | (uint)agent) + 1;
        var slot = Slot(key);
        while (true)
        {
            var held = _slots[slot];
            if (held == 0) break;
            if ((held & ~UnderstoodFlag) == key)
            {
                if (!understood || held < 0) return (false, false);
                _slots[slot] = held | UnderstoodFlag;
                return (false, true);
            }

            slot = (slot + 1) & _mask;
        }

        _slots[slot] = understood ? key | UnderstoodFlag : key;
        if (++_count > _slots.Length * MaxLoad) Grow();
        return (true, understood);
    }

    private int Slot(long key)
    {
        var hash = (ulong)key * 0x9E3779B97F4A7C15UL;
        return (int)(hash >> _shift);
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new long[checked(old.Length * 2)];
        _mask = _slots.Length - 1;
        _shift--;
        foreach (var held in old)
        {
            if (held == 0) continue;
            var slot = Slot(held & ~UnderstoodFlag);
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = held;
        }
    }
}
