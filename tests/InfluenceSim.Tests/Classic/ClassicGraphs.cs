using InfluenceSim.Networks;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Classic;

/// <summary>Graphs for the theory checks, built with the simulator's own generators.</summary>
internal static class ClassicGraphs
{
    /// <summary>Directed Erdos-Renyi: each node follows each other with probability c / (n - 1); row v lists v's followers.</summary>
    public static CsrGraph DirectedErdosRenyi(int n, double meanDegree, ulong seed)
    {
        return NetworkGenerator.Build(new NetworkParameters(NetworkModels.ErdosRenyi, meanDegree), [0, n], ["all"], seed);
    }

    /// <summary>An undirected random graph of mean degree about z: a directed one of mean z / 2, every edge made mutual.</summary>
    public static CsrGraph UndirectedErdosRenyi(int n, double meanDegree, ulong seed)
    {
        var directed = DirectedErdosRenyi(n, meanDegree / 2, seed);
        var edges = new EdgeBuffer();
        for (var v = 0; v < n; v++)
        {
            foreach (var u in directed.Neighbours(v)) edges.AddMutual(v, u);
        }

        return edges.Build(n);
    }

    public static CsrGraph Complete(int n)
    {
        var edges = new EdgeBuffer(n * n);
        for (var v = 0; v < n; v++)
        {
            for (var u = 0; u < n; u++) edges.Add(v, u);
        }

        return edges.Build(n);
    }

    /// <summary>A ring lattice where each node links to k / 2 neighbours on each side (Watts-Strogatz without rewiring): k-regular.</summary>
    public static CsrGraph RingLattice(int n, int k)
    {
        return NetworkGenerator.Build(new NetworkParameters(NetworkModels.WattsStrogatz, k, Rewire: 0), [0, n], ["all"], 1);
    }

    /// <summary>The root of S = 1 - exp(-cT S) above zero (the giant component of bond percolation), by fixed-point iteration.</summary>
    public static double PercolationFinalSize(double meanDegree, double transmissibility)
    {
        var s = 1.0;
        for (var i = 0; i < 10_000; i++) s = 1 - Math.Exp(-meanDegree * transmissibility * s);
        return s;
    }
}
