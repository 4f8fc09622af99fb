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
        foreach (var (name, property) in ScenarioBinder.FieldsOf(owner.GetType()))
        {
            var declaration = ScenarioFields.DeclarationOf(property);
            var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
            if (declaration.ReadBy.Length > 0 && !declaration.ReadBy.Any(_activeModels.Contains))
            {
                if (_errors.IsWritten(fieldPath)) Error(fieldPath, $"is only used by the {ModelList(declaration.ReadBy)}, not by {ActiveModelFor(declaration.ReadBy)}");
                continue;
            }

            CheckValue(fieldPath, property.GetValue(owner), declaration);
        }
    }

    private void CheckValue(string path, object? value, FieldAttribute declaration)
    {
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
                CheckText(path, text, declaration);
                return;
            case IDictionary map:
                foreach (DictionaryEntry entry in map) CheckValue($"{path}['{entry.Key}']", entry.Value, declaration);
                return;
            case IList list:
                for (var i = 0; i < list.Count; i++) CheckValue($"{path}[{i}]", list[i], declaration);
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

    private void CheckText(string path, string value, FieldAttribute declaration)
    {
        if (declaration.NonEmpty && string.IsNullOrWhiteSpace(value)) Error(path, "must not be empty");
        if (declaration.IsId && !Regex.IsMatch(value, FieldAttribute.IdPattern)) Error(path, $"'{value}' is not a valid id: use letters, digits, '-' and '_'");
        var choices = ScenarioField.ChoicesOf(declaration);
        if (choices.Count > 0 && !choices.Contains(value)) Error(path, $"'{value}' is not one of: {string.Join(", ", choices)}");
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
