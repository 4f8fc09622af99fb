namespace InfluenceSim.Randomness;

/// <summary>
/// Draws how many Bernoulli(p) trials fail before the next success, with ln(1 - p) worked out once, so that visiting
/// only the successes among many independent trials costs one logarithm per success, not one draw per trial.
/// </summary>
public readonly struct GeometricSkip
{
    private readonly double _logOfFailure;
    private readonly double _probability;

    public GeometricSkip(double probability)
    {
        _probability = probability;
        _logOfFailure = probability is > 0 and < 1 ? Math.Log(1.0 - probability) : 0;
    }

    /// <summary>Failures before the next success: 0 when p is 1, int.MaxValue when p is 0 (there is none).</summary>
    public int Next(SimRandom random)
    {
        if (_probability >= 1) return 0;
        if (_probability <= 0) return int.MaxValue;
        var skip = Math.Floor(Math.Log(1.0 - random.NextDouble()) / _logOfFailure);
        return skip >= int.MaxValue ? int.MaxValue : (int)skip;
    }
}
