namespace InfluenceSim.Live;

/// <summary>A request from the page that cannot be carried out (a lever value out of range, an unknown lever): told to the page, never a crash.</summary>
public sealed class LiveInputException(string message) : Exception(message);
