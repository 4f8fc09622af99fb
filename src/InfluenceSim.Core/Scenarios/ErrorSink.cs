using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// Collects scenario errors with their location. Errors are keyed by JSON path so that a value that
/// failed to bind is not reported again by the range checks that see its default.
/// </summary>
internal sealed class ErrorSink
{
    private readonly string _file;
    private readonly JToken _root;
    private readonly List<ScenarioError> _errors;
    private readonly HashSet<string> _failedPaths;
    private readonly JToken? _redirect;
    private readonly string _redirectPrefix;

    public ErrorSink(string file, JToken root)
        : this(file, root, [], [], null, "")
    {
    }

    private ErrorSink(string file, JToken root, List<ScenarioError> errors, HashSet<string> failed, JToken? redirect, string prefix)
    {
        _file = file;
        _root = root;
        _errors = errors;
        _failedPaths = failed;
        _redirect = redirect;
        _redirectPrefix = prefix;
    }

    public IReadOnlyList<ScenarioError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>
    /// A sink for checking a scenario as an event leaves it: every error is reported at the event's
    /// own value, since that is what the user must change.
    /// </summary>
    public ErrorSink RedirectedTo(JToken eventValue, JToken eventRoot, string what) =>
        new(_file, eventRoot, _errors, [], eventValue, what);

    public void At(JToken token, string message) => Add(token, token.Path, message);

    public void AtPath(string path, string message) => Add(Locate(path), path, message);

    public void AtFileLine(string file, int line, int column, string message) =>
        _errors.Add(new ScenarioError(file, line, column, "", message));

    public bool HasErrorAt(string path) => _failedPaths.Contains(path);

    /// <summary>Whether the file (or the variant or event that made this scenario) writes the field at the path, rather than leaving it to its default.</summary>
    public bool IsWritten(string path) => _root.SelectToken(path, errorWhenNoMatch: false) is not null;

    private void Add(JToken? token, string path, string message)
    {
        if (!_failedPaths.Add(path))
        {
            return;
        }

        if (_redirect is not null)
        {
            message = $"{_redirectPrefix} makes {Display(path)} invalid: {message}";
            token = _redirect;
            path = _redirect.Path;
        }

        // A field that "set" added to a base scenario has no place of its own: its value, copied from the variant, has.
        if (token is JProperty { Value: var value } && !((IJsonLineInfo)token).HasLineInfo()) token = value;
        var info = token as IJsonLineInfo;
        var line = info?.HasLineInfo() == true ? info.LineNumber : 0;
        var column = info?.HasLineInfo() == true ? info.LinePosition : 0;
        var file = token?.AncestorsAndSelf().Select(t => t.Annotation<SourceFile>()).FirstOrDefault(a => a is not null)?.Name ?? _file;
        _errors.Add(new ScenarioError(file, line, column, path, message));
    }

    private static string Display(string path) => path.Length == 0 ? "the scenario" : path;

    /// <summary>The token at the path, or its nearest ancestor present in the file when the value was left to its default.</summary>
    private JToken? Locate(string path)
    {
        var candidate = path;
        while (true)
        {
            var token = candidate.Length == 0 ? _root : _root.SelectToken(candidate, errorWhenNoMatch: false);
            if (token is not null)
            {
                return token is JProperty property ? property.Value : token;
            }

            var cut = Math.Max(candidate.LastIndexOf('.'), candidate.LastIndexOf('['));
            if (cut <= 0)
            {
                return _root;
            }

            candidate = candidate[..cut];
        }
    }
}
