using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace InfluenceSim.Scenarios;

/// <summary>
/// The checks that follow from each field's declaration alone: its range, its choices, that it is not empty, and that
/// the scenario's models read it. Reports by JSON path; checks that relate fields to each other stay in
/// <see cref="ScenarioValidator"/>.
/// </summary>
internal sealed class FieldChecks
{
    private readonly ErrorSink _errors;
    private readonly Scenario _scenario;
    private readonly HashSet<string> _activeModels;

    private FieldChecks(Scenario scenario, ErrorSink errors)
    {
        _scenario = scenario;
        _errors = errors;
        _activeModels = [scenario.Model];
        if (scenario.Model == ScenarioModels.Platform) _activeModels.Add(scenario.Beliefs.Model);
    }

    public static void Check(Scenario scenario, ErrorSink errors) => new FieldChecks(scenario, errors).CheckFields(scenario, "");

    private void CheckFields(object owner, string path)
    {
        foreach (var field in ScenarioFields.PropertiesOf(owner.GetType()))
        {
            var readBy = field.Declaration.ReadBy;
            var fieldPath = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            if (readBy.Length > 0 && !readBy.Any(_activeModels.Contains))
            {
                if (_errors.IsWritten(fieldPath)) Error(fieldPath, $"is only used by the {ModelList(readBy)}, not by {ActiveModelFor(readBy)}");
                continue;
            }

            CheckValue(fieldPath, field.Property.GetValue(owner), field);
        }
    }

    private void CheckValue(string path, object? value, DeclaredProperty field)
    {
        var declaration = field.Declaration;
        switch (value)
        {
            case null:
                return;
            case double number:
                CheckNumber(path, number, declaration, isInteger: false);
                return;
            case int or long:
                CheckNumber(path, Convert.ToDouble(value, CultureInfo.InvariantCulture), declaration, isInteger: true);
                return;
            case string text:
                CheckText(path, text, field);
                return;
            case IDictionary map:
                foreach (DictionaryEntry entry in map) CheckValue($"{path}['{entry.Key}']", entry.Value, field);
                return;
            case IList list:
                for (var i = 0; i < list.Count; i++) CheckValue($"{path}[{i}]", list[i], field);
                return;
        }

        if (ScenarioField.IsFieldClass(value.GetType())) CheckFields(value, path);
    }

    private void CheckNumber(string path, double value, FieldAttribute declaration, bool isInteger)
    {
        var range = new FieldRange(declaration.Min, declaration.Max, declaration.Above, declaration.Below, isInteger);
        if (range.Contains(value)) return;
        var note = declaration.RangeNote is null ? "" : $" ({declaration.RangeNote})";
        var shown = isInteger ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
        Error(path, $"must be {range.MustBe()}{note}, got {shown}");
    }

    private void CheckText(string path, string value, DeclaredProperty field)
    {
        if (field.Declaration.NonEmpty && string.IsNullOrWhiteSpace(value)) Error(path, "must not be empty");
        if (field.Declaration.IsId && !Regex.IsMatch(value, FieldAttribute.IdPattern)) Error(path, $"'{value}' is not a valid id: use letters, digits, '-' and '_'");
        if (field.Choices.Count > 0 && !field.Choices.Contains(value)) Error(path, $"'{value}' is not one of: {string.Join(", ", field.Choices)}");
    }

    private static string ModelList(string[] models) =>
        models.Length == 1 ? $"{models[0]} model" : $"{string.Join(", ", models[..^1])} and {models[^1]} models";

    private string ActiveModelFor(string[] readBy) =>
        _scenario.Model == ScenarioModels.Platform && readBy.Any(BeliefModels.All.Contains)
            ? $"the '{_scenario.Beliefs.Model}' belief model"
            : $"'{_scenario.Model}'";

    private void Error(string path, string message)
    {
        if (!_errors.HasErrorAt(path)) _errors.AtPath(path, message);
    }
}
