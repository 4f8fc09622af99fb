namespace InfluenceSim.Simulation;

/// <summary>Looks at a replicate's world after it is built (step 0) and after every step; never changes it.</summary>
public interface IWorldObserver
{
    void Observe(World world);
}
