using InfluenceSim.Beliefs;
using InfluenceSim.Memory;

namespace InfluenceSim.Simulation;

/// <summary>
/// Every agent's belief in every narrative, its exposure counts and (bounded confidence) its opinion, and the belief
/// models that change them (MODEL.md section 4; docs/model.md 7.5 and 7.5b). A session changes only its own agent's
/// row; what others must see (the believer sets, the counts) goes through the session's <see cref="SessionWriter"/>.
/// </summary>
internal sealed class AgentBeliefs
{
    private readonly SimulationModel _model;
    private readonly int _narratives;
    private readonly BeliefState[] _belief;
    private readonly ushort[] _exposureCount;
    private readonly double[] _opinion;

    public AgentBeliefs(SimulationModel model)
    {
        _model = model;
        _narratives = model.NarrativeIds.Length;
        _belief = LargeArrays.Allocate<BeliefState>(checked(model.AgentCount * _narratives));
        _exposureCount = LargeArrays.Allocate<ushort>(_belief.Length);
        _opinion = model.BoundedConfidence ? LargeArrays.Allocate<double>(model.AgentCount) : [];
    }

    public BeliefState Of(int agent, int narrative) => _belief[(long)agent * _narratives + narrative];

    public double OpinionOf(int agent) => _opinion[agent];

    /// <summary>Makes the agent a believer at step 0, unless it already believes a narrative this one opposes.</summary>
    public bool SeedBeliever(SessionWriter writer, int agent, int segment, int narrative)
    {
        foreach (var opposed in _model.Opposed[narrative])
        {
            if (Of(agent, opposed) == BeliefState.Believer) return false;
        }

        Adopt(writer, agent, segment, narrative);
        return true;
    }

    /// <summary>bounded-confidence: sets an agent's opinion at step 0 and the beliefs it implies; the opinion's width is the scenario's at step 0.</summary>
    public void SeedOpinion(SessionWriter writer, int agent, int segment, double opinion)
    {
        _opinion[agent] = opinion;
        BelieveByOpinion(writer, _model.ParametersAt(0).Epsilon, agent, segment);
    }

    /// <summary>One understood exposure of the agent to the narrative, from a source of this credibility.</summary>
    public void Expose(SessionWriter writer, ParameterSet parameters, int agent, int segment, int narrative, double credibility)
    {
        if (_model.BoundedConfidence) ExposeBoundedConfidence(writer, parameters, agent, segment, narrative, credibility);
        else ExposeContagion(writer, parameters, agent, segment, narrative, credibility);
    }

    /// <summary>
    /// The bounded-confidence model (MODEL.md section 4): an exposure to a stance within epsilon of the reader's
    /// opinion moves the opinion mu x credibility of the way towards it; the reader believes every narrative whose
    /// stance lies within epsilon / 2 of its opinion.
    /// </summary>
    private void ExposeBoundedConfidence(SessionWriter writer, ParameterSet parameters, int agent, int segment, int narrative, double credibility)
    {
        var cell = (long)agent * _narratives + narrative;
        if (_belief[cell] == BeliefState.Unaware)
        {
            _belief[cell] = BeliefState.Aware;
            writer.Aware.Increment(narrative, segment);
        }

        var opinion = _opinion[agent];
        var stance = _model.NarrativeStance[narrative];
        if (Math.Abs(stance - opinion) >= parameters.Epsilon) return;
        _opinion[agent] = opinion + parameters.Mu * credibility * (stance - opinion);
        BelieveByOpinion(writer, parameters.Epsilon, agent, segment);
    }

    private void BelieveByOpinion(SessionWriter writer, double epsilon, int agent, int segment)
    {
        var opinion = _opinion[agent];
        var half = epsilon / 2;
        for (var n = 0; n < _narratives; n++)
        {
            var believes = Math.Abs(_model.NarrativeStance[n] - opinion) < half;
            var state = Of(agent, n);
            if (believes && state != BeliefState.Believer)
            {
                if (state == BeliefState.Aware) writer.Aware.Decrement(n, segment);
                _belief[(long)agent * _narratives + n] = BeliefState.Believer;
                writer.Believers.Increment(n, segment);
                writer.ChangeBeliever(agent, n, believes: true);
            }
            else if (!believes && state == BeliefState.Believer)
            {
                Unbelieve(writer, agent, segment, n);
            }
        }
    }

    /// <summary>Starts loading the agent's beliefs, exposure counts and opinion ahead of its session (<see cref="CacheHints"/>).</summary>
    public void Prefetch(int agent)
    {
        var cell = (long)agent * _narratives;
        CacheHints.Prefetch(ref _belief[cell]);
        CacheHints.Prefetch(ref _exposureCount[cell]);
        if (_opinion.Length > 0) CacheHints.Prefetch(ref _opinion[agent]);
    }

    /// <summary>The contagion model (MODEL.md section 4) for one understood exposure.</summary>
    private void ExposeContagion(SessionWriter writer, ParameterSet parameters, int agent, int segment, int narrative, double credibility)
    {
        var cell = (long)agent * _narratives + narrative;
        var state = _belief[cell];
        if (state == BeliefState.Believer) return;
        if (state == BeliefState.Unaware)
        {
            _belief[cell] = BeliefState.Aware;
            writer.Aware.Increment(narrative, segment);
        }

        if (_exposureCount[cell] < ushort.MaxValue) _exposureCount[cell]++;
        if (_exposureCount[cell] < parameters.Threshold) return;
        var p = parameters.Appeal[segment * _narratives + narrative] * credibility * (1 - parameters.Skepticism[segment]);
        foreach (var opposed in _model.Opposed[narrative])
        {
            if (Of(agent, opposed) != BeliefState.Believer) continue;
            p *= 1 - parameters.Entrenchment;
            break;
        }

        if (writer.Reading.NextDouble() < p) Adopt(writer, agent, segment, narrative);
    }

    private void Adopt(SessionWriter writer, int agent, int segment, int narrative)
    {
        var cell = (long)agent * _narratives + narrative;
        if (_belief[cell] == BeliefState.Aware) writer.Aware.Decrement(narrative, segment);
        _belief[cell] = BeliefState.Believer;
        writer.Believers.Increment(narrative, segment);
        writer.ChangeBeliever(agent, narrative, believes: true);
        foreach (var opposed in _model.Opposed[narrative])
        {
            if (Of(agent, opposed) == BeliefState.Believer) Unbelieve(writer, agent, segment, opposed);
        }
    }

    public void Unbelieve(SessionWriter writer, int agent, int segment, int narrative)
    {
        _belief[(long)agent * _narratives + narrative] = BeliefState.Aware;
        writer.Believers.Decrement(narrative, segment);
        writer.Aware.Increment(narrative, segment);
        writer.ChangeBeliever(agent, narrative, believes: false);
    }
}
