namespace InfluenceSim.Moderation;

/// <summary>Flagged cascades waiting for review, first in first out, each with the step from which it may be reviewed.</summary>
public sealed class ReviewQueue
{
    private int[] _posts = new int[256];
    private int[] _readyAt = new int[256];
    private int _head;
    private int _tail;

    public int Count => _tail - _head;

    public void Enqueue(int post, int readyAt)
    {
        if (_tail == _posts.Length) Grow();
        _posts[_tail] = post;
        _readyAt[_tail++] = readyAt;
    }

    /// <summary>Takes the oldest item if it may be reviewed at this step.</summary>
    public bool TryDequeueReady(int step, out int post)
    {
        post = -1;
        if (_head == _tail || _readyAt[_head] > step) return false;
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
            Array.Copy(_readyAt, _head, _readyAt, 0, count);
        }
        else
        {
            var posts = new int[_posts.Length * 2];
            var readyAt = new int[_posts.Length * 2];
            Array.Copy(_posts, _head, posts, 0, count);
            Array.Copy(_readyAt, _head, readyAt, 0, count);
            _posts = posts;
            _readyAt = readyAt;
        }

        _head = 0;
        _tail = count;
    }
}
