namespace InfluenceSim.Parallelism;

/// <summary>Runs the parallel parts of the work it is given to, instead of the threads: to time them item by item (<see cref="ParallelProfile"/>).</summary>
public interface IPartRunner
{
    /// <summary>Calls body(item, thread) for every item in [0, count) of the named part, and returns when all are done.</summary>
    void RunPart(string part, int count, Action<int, int> body);
}
