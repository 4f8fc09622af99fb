namespace InfluenceSim.Scenarios;

/// <summary>Thrown when a scenario cannot be used; carries every error found, not just the first.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(IReadOnlyList<ScenarioError> errors)
        : base(errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} errors in the scenario, the first: {errors[0]}")
    {
        Errors = errors;
    }

    public IReadOnlyList<ScenarioError> Errors { get; }
}
