namespace InfluenceSim.Classic;

/// <summary>The compartmental models: infected nodes stay infected (SI), recover to susceptible (SIS) or to removed (SIR).</summary>
public enum EpidemicModel
{
    SI,
    SIS,
    SIR,
}
