namespace InfluenceSim.Networks;

/// <summary>The network models: generated ones and edge lists read from a file.</summary>
public static class NetworkModels
{
    public const string ErdosRenyi = "erdos-renyi";
    public const string BarabasiAlbert = "barabasi-albert";
    public const string WattsStrogatz = "watts-strogatz";
    public const string Sbm = "sbm";
    public const string RandomWalk = "random-walk";
    public const string EdgeList = "edgelist";
    public static readonly IReadOnlyList<string> All = [ErdosRenyi, BarabasiAlbert, WattsStrogatz, Sbm, RandomWalk, EdgeList];
}
