using System.Globalization;
using InfluenceSim.Metrics;

namespace InfluenceSim.Output;

/// <summary>Reads timeseries.csv back into recordings of the run's layout; an <see cref="InvalidDataException"/> names the file and line.</summary>
public static class TimeseriesReader
{
    public static SeriesRecording[] Read(string path, RunLayout layout, int replicates, int steps)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (!File.Exists(path)) throw new InvalidDataException($"{path} is missing: is this a results folder written by 'influencesim run'?");
        var index = new Dictionary<string, int>();
        for (var i = 0; i < layout.Series.Count; i++)
        {
            var key = layout.Series[i];
            if (!key.InTimeseries) continue;
            index[TimeseriesWriter.Columns(layout, key)] = i;
        }

        var values = Enumerable.Range(0, replicates).Select(_ => new double[steps + 1, layout.Series.Count]).ToArray();
        using var reader = new StreamReader(path);
        if (reader.ReadLine() != TimeseriesWriter.Header) throw new InvalidDataException($"{path}:1: the header is not '{TimeseriesWriter.Header}'");
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var first = line.IndexOf(',');
            var second = first < 0 ? -1 : line.IndexOf(',', first + 1);
            var last = line.LastIndexOf(',');
            if (second < 0 || last <= second ||
                !int.TryParse(line.AsSpan(0, first), NumberStyles.Integer, CultureInfo.InvariantCulture, out var replicate) ||
                !int.TryParse(line.AsSpan(first + 1, second - first - 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var step) ||
                !double.TryParse(line.AsSpan(last + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ||
                replicate < 0 || replicate >= replicates || step < 0 || step > steps)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected replicate,step,metric,narrative,segment,platform,value for replicates 0-{replicates - 1} and steps 0-{steps}");
            }

            if (!index.TryGetValue(line.Substring(second + 1, last - second - 1), out var series))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: a series that summary.json does not list");
            }

            values[replicate][step, series] = value;
        }

        return values.Select((v, r) => SeriesRecording.FromValues(layout, r, v)).ToArray();
    }
}
