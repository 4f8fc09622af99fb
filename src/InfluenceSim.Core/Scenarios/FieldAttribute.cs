namespace InfluenceSim.Scenarios;

/// <summary>
/// A scenario field's facts, declared once on the property that holds it: what it means, its range or choices, the
/// models that read it, whether an event may change it, whether the live page offers it as a lever, and where its
/// value comes from. The field's type and default are the property's own. The validator's checks
/// (<see cref="FieldChecks"/>), the JSON schema (<see cref="ScenarioSchema"/>), the live page's levers and the
/// tables of docs/scenario-reference.md (<see cref="FieldTables"/>) all follow from it.
/// </summary>
/// <param name="meaning">One line: what the field stands for, as docs/scenario-reference.md and editors show it.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class FieldAttribute(string meaning) : Attribute
{
    public string Meaning { get; } = meaning;

    /// <summary>The lowest value allowed (NaN: none). For a list or an object of numbers, each value's.</summary>
    public double Min { get; set; } = double.NaN;

    /// <summary>The highest value allowed (NaN: none).</summary>
    public double Max { get; set; } = double.NaN;

    /// <summary>A bound the value must stay above (NaN: none).</summary>
    public double Above { get; set; } = double.NaN;

    /// <summary>A bound the value must stay below (NaN: none).</summary>
    public double Below { get; set; } = double.NaN;

    /// <summary>Why the range is what it is, added to the error ("the width of the opinion axis").</summary>
    public string? RangeNote { get; set; }

    /// <summary>A string that must not be empty.</summary>
    public bool NonEmpty { get; set; }

    /// <summary>An id that other fields refer to: letters, digits, '-' and '_' (<see cref="IdPattern"/>).</summary>
    public bool IsId { get; set; }

    public const string IdPattern = "^[A-Za-z0-9_-]+$";

    /// <summary>A static class whose <c>All</c> lists the values a string field may take.</summary>
    public Type? Choices { get; set; }

    /// <summary>The unit of a number ("hours", "posts per day"), where the meaning does not already say it.</summary>
    public string? Unit { get; set; }

    /// <summary>
    /// The models that read the field: scenario models (<see cref="ScenarioModels"/>) or belief models
    /// (<see cref="BeliefModels"/>, active under the platform model). Empty: every model. A field written in a file
    /// whose models read none of these is an error, never silently ignored.
    /// </summary>
    public string[] ReadBy { get; set; } = [];

    /// <summary>The field shapes the world when it is built (sizes, networks, identities); an event may not change it.</summary>
    public bool Structural { get; set; }

    /// <summary>The live page offers the field as a lever with this label.</summary>
    public string? Lever { get; set; }

    /// <summary>The top of the lever's slider where it is below the field's own maximum (NaN: the field's maximum).</summary>
    public double LeverMax { get; set; } = double.NaN;

    /// <summary>The lever slider's step.</summary>
    public double LeverStep { get; set; } = double.NaN;

    /// <summary>Where the default comes from, when a study gives it (authors, year, venue and the figure).</summary>
    public string? Source { get; set; }
}
