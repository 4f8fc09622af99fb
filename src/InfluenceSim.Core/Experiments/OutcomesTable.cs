using System.Globalization;
using InfluenceSim.Output;

namespace InfluenceSim.Experiments;

/// <summary>An outcomes.csv read back: the outcome names and, per replicate, its seed and values.</summary>
public sealed record OutcomesTable(IReadOnlyList<string> Names, IReadOnlyList<int> Replicates, IReadOnlyList<ulong> Seeds, IReadOnlyList<double[]> Rows)
{
    /// <summary>Every replicate's value of one outcome.</summary>
    public double[] Column(string name)
    {
        var index = Names.ToList().IndexOf(name);
        if (index < 0) throw new ArgumentException($"no outcome '{name}'", nameof(name));
        return Rows.Select(r => r[index]).ToArray();
    }

    /// <summary>Reads a run folder's outcomes.csv; an <see cref="InvalidDataException"/> names the file and line.</summary>
    public static OutcomesTable Read(string runFolder)
    {
        var path = Path.Combine(runFolder, OutcomesWriter.FileName);
        if (!File.Exists(path)) throw new InvalidDataException($"{path} is missing: is '{runFolder}' a results folder of 'influencesim run'?");
        var lines = File.ReadAllLines(path);
        var header = lines.Length == 0 ? [] : lines[0].Split(',');
        if (header.Length < 2 || header[0] != "replicate" || header[1] != "seed") throw new InvalidDataException($"{path}:1: expected the header replicate,seed,...");
        var replicates = new List<int>();
        var seeds = new List<ulong>();
        var rows = new List<double[]>();
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            var values = new double[header.Length - 2];
            var ok = cells.Length == header.Length
                && int.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var replicate)
                && ulong.TryParse(cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
                && cells.Skip(2).Select((c, j) => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out values[j])).All(x => x);
            if (!ok) throw new InvalidDataException($"{path}:{i + 1}: expected {header.Length} comma-separated numbers");
            replicates.Add(int.Parse(cells[0], CultureInfo.InvariantCulture));
            seeds.Add(ulong.Parse(cells[1], CultureInfo.InvariantCulture));
            rows.Add(values);
        }

        return new OutcomesTable(header[2..], replicates, seeds, rows);
    }
}
