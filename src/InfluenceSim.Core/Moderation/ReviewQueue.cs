namespace InfluenceSim.Moderation;

/// <summary>
/// Flagged cascades waiting for review, first in first out, each with the step it was flagged at. An item may be
/// reviewed once the review delay in force has passed since its flag, so when an event changes the delay, the
/// items already waiting follow the new one; and since every item waits the same delay, the oldest is always the
/// first ready.
/// </summary>
public sealed class ReviewQueue
{
    private int[] _posts = new int[256];
    private int[] _flaggedAt = new int[256];
    private int _head;
    private int _tail;

    public int Count => _tail - _head;

    public void Enqueue(int post, int flaggedAt)
    {
        if (_tail == _posts.Length) Grow();
        _posts[_tail] = post;
        _flaggedAt[_tail++] = flaggedAt;
    }

    /// <summary>Takes the oldest item if the delay has passed since it was flagged.</summary>
    public bool TryDequeueReady(int step, int delay, out int post)
    {
        post = -1;
        if (_head == _tail || (long)_flaggedAt[_head] + delay > step) return false;
        post = _posts[_head++];
        return true;
    }

    /// <summary>Compacts in place when the queue has drained a lot, otherwise doubles.</summary>
    private void Grow()
    {
        var count = Count;
        if (_head >= _posts.Length / 2)
        {
            Array.Copy(_posts, _head, _posts, 0, count);
            Array.Copy(_flaggedAt, _head, _flaggedAt, 0, count);
        }
        else
        {
            var posts = new int[_posts.Length * 2];
            var flaggedAt = new int[_posts.Length * 2];
            Array.Copy(_posts, _head, posts, 0, count);
            Array.Copy(_flaggedAt, _head, flaggedAt, 0, count);
            _posts = posts;
            _flaggedAt = flaggedAt;
        }

        _head = 0;
        _tail = count;
    }
}
