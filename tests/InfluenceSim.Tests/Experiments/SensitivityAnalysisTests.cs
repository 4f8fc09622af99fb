using InfluenceSim.Experiments;

namespace InfluenceSim.Tests.Experiments;

/// <summary>
/// The Sobol and Morris designs and estimators on functions with known answers, through the sweep's own code: the
/// points from SweepDesign.Points, each point's outcome written to its folder's outcomes.csv as a scenario's run
/// would, and SweepTables.Write turning the finished folder into sensitivity.csv. Only the simulation is replaced,
/// by the test function.
/// </summary>
public class SensitivityAnalysisTests
{
    private static SweepSpec Spec(string design, int parameters, double low, double high, int samples = 0, int trajectories = 0) => new()
    {
        Name = "test",
        Scenario = "none.json",
        Design = new SweepDesignSpec { Type = design, Samples = samples, Trajectories = trajectories, Levels = 4 },
        Parameters = Enumerable.Range(0, parameters).Select(i => new SweepParameterSpec { Path = $"x{i + 1}", Range = [low, high] }).ToList(),
    };

    private static SensitivityAnalysis.Index[] Analyse(SweepSpec spec, Func<double[], double> model)
    {
        var points = SweepDesign.Points(spec, seed: 2026);
        var description = new SweepDescription(spec.Name, "", "", "", spec.Design.Type, spec.Parameters.Select(p => p.Path).ToArray(), points,
            spec.Parameters.Select(p => p.Range!.ToArray()).ToArray(), spec.Design.Levels);
        var folder = Directory.CreateTempSubdirectory("influencesim-sensitivity").FullName;
        try
        {
            foreach (var point in points)
            {
                var pointFolder = Directory.CreateDirectory(Path.Combine(folder, point.FolderName)).FullName;
                var y = model(point.Values.Select(v => v.ToObject<double>()).ToArray());
                File.WriteAllText(Path.Combine(pointFolder, InfluenceSim.Output.OutcomesWriter.FileName),
                    "replicate,seed,y\n0,1," + y.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "\n");
            }

            SweepTables.Write(folder, description);
            return File.ReadAllLines(Path.Combine(folder, SensitivityAnalysis.FileName)).Skip(1).Select(line =>
            {
                var c = line.Split(',');
                double N(int i) => double.Parse(c[i], System.Globalization.CultureInfo.InvariantCulture);
                return new SensitivityAnalysis.Index(c[0], c[1], c[2], N(3), N(4), N(5));
            }).ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static SensitivityAnalysis.Index Find(IReadOnlyList<SensitivityAnalysis.Index> indices, string parameter, string name) =>
        indices.Single(i => i.Parameter == parameter && i.Name == name);

    [Test]
    public void SobolIndicesOfTheIshigamiFunctionMatchTheirAnalyticValues()
    {
        // Ishigami and Homma (1990), a = 7, b = 0.1 on [-pi, pi]^3: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2,
        // V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V3 = 0, V13 = b^2 pi^8 (1/18 - 1/50), so
        // S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
        const double a = 7, b = 0.1;
        var indices = Analyse(Spec(SweepDesigns.Sobol, 3, -Math.PI, Math.PI, samples: 4096),
            x => Math.Sin(x[0]) + a * Math.Pow(Math.Sin(x[1]), 2) + b * Math.Pow(x[2], 4) * Math.Sin(x[0]));
        var variance = a * a / 8 + b * Math.Pow(Math.PI, 4) / 5 + b * b * Math.Pow(Math.PI, 8) / 18 + 0.5;
        var v1 = Math.Pow(1 + b * Math.Pow(Math.PI, 4) / 5, 2) / 2;
        var v2 = a * a / 8;
        var v13 = b * b * Math.Pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        var expected = new Dictionary<string, (double First, double Total)>
        {
            ["x1"] = (v1 / variance, (v1 + v13) / variance),
            ["x2"] = (v2 / variance, v2 / variance),
            ["x3"] = (0, v13 / variance),
        };
        TestContext.Out.WriteLine($"widest half-width at N = 4096: {indices.Max(i => (i.High - i.Low) / 2):0.0000}");
        Assert.Multiple(() =>
        {
            foreach (var (parameter, (first, total)) in expected)
            {
                var s = Find(indices, parameter, "first_order");
                var st = Find(indices, parameter, "total");
                Assert.That(s.Value, Is.EqualTo(first).Within(0.03), $"S of {parameter}");
                Assert.That(st.Value, Is.EqualTo(total).Within(0.03), $"ST of {parameter}");
                Assert.That(first, Is.InRange(s.Low - 0.01, s.High + 0.01), $"S of {parameter} inside its interval");
                Assert.That(total, Is.InRange(st.Low - 0.01, st.High + 0.01), $"ST of {parameter} inside its interval");
                Assert.That(s.High - s.Low, Is.LessThan(0.15), $"the interval of S of {parameter} is informative");
            }
        });
    }

    [Test]
    public void MorrisFindsTheEffectsOfAFunctionWithKnownOnes()
    {
        // On [0, 1]: x1 moves y by 5 over its range, x2 by 1, x3 not at all, x4 and x5 only together (an interaction,
        // so their effects vary: sigma > 0), and the linear ones have sigma 0.
        var indices = Analyse(Spec(SweepDesigns.Morris, 5, 0, 1, trajectories: 40), x => 5 * x[0] + x[1] + 4 * x[3] * x[4]);
        Assert.Multiple(() =>
        {
            Assert.That(Find(indices, "x1", "mu_star").Value, Is.EqualTo(5).Within(1e-9));
            Assert.That(Find(indices, "x1", "sigma").Value, Is.EqualTo(0).Within(1e-9));
            Assert.That(Find(indices, "x2", "mu_star").Value, Is.EqualTo(1).Within(1e-9));
            Assert.That(Find(indices, "x3", "mu_star").Value, Is.EqualTo(0).Within(1e-9));
            Assert.That(Find(indices, "x4", "sigma").Value, Is.GreaterThan(0.5), "an interaction spreads the effects");
            Assert.That(Find(indices, "x4", "mu_star").Value, Is.InRange(0.5, 4.0));
            Assert.That(Find(indices, "x1", "mu_star").Value, Is.GreaterThan(Find(indices, "x4", "mu_star").Value));
        });
    }

    [Test]
    public void TheDesignsHaveTheirNumbersOfPoints()
    {
        Assert.That(SweepDesign.Points(Spec(SweepDesigns.Sobol, 4, 0, 1, samples: 16), 1), Has.Count.EqualTo(16 * 6));
        Assert.That(SweepDesign.PointCount(Spec(SweepDesigns.Sobol, 4, 0, 1, samples: 16)), Is.EqualTo(16 * 6));
        Assert.That(SweepDesign.Points(Spec(SweepDesigns.Morris, 4, 0, 1, trajectories: 7), 1), Has.Count.EqualTo(7 * 5));
        Assert.That(SweepDesign.PointCount(Spec(SweepDesigns.Morris, 4, 0, 1, trajectories: 7)), Is.EqualTo(7 * 5));
    }

    [Test]
    public void EachMorrisStepMovesOneParameterByItsStep()
    {
        var rows = SweepDesign.MorrisRows(parameters: 3, trajectories: 5, levels: 4, seed: 9);
        for (var t = 0; t < 5; t++)
        {
            for (var s = 0; s < 3; s++)
            {
                var changes = Enumerable.Range(0, 3).Select(p => rows[t * 4 + s + 1][p] - rows[t * 4 + s][p]).ToArray();
                Assert.That(changes.Count(c => c != 0), Is.EqualTo(1));
                Assert.That(changes.Sum(), Is.EqualTo(SweepDesign.MorrisStep(4)).Within(1e-12), "2/3 of the range for 4 levels");
            }
        }

        Assert.That(rows.SelectMany(r => r), Is.All.InRange(0.0, 1.0));
    }

    [Test]
    public void TheCsvIsReadBackByColumnName()
    {
        var folder = Directory.CreateTempSubdirectory("influencesim-sensitivity-").FullName;
        try
        {
            SensitivityAnalysis.Index[] indices = [new("final_believers.a", "segments.x.skepticism", "S1", 0.25, 0.2, 0.3), new("peak, with a comma", "p", "ST", 1, 0.5, 1.5)];
            var written = Path.Combine(folder, SensitivityAnalysis.FileName);
            File.WriteAllLines(written, SensitivityAnalysis.CsvLines(indices));
            Assert.That(SensitivityAnalysis.Read(written), Is.EqualTo(indices));
            var reordered = Path.Combine(folder, "reordered.csv");
            File.WriteAllLines(reordered, ["value,ci95_high,ci95_low,index,parameter,outcome", "0.25,0.3,0.2,S1,p,o"]);
            Assert.That(SensitivityAnalysis.Read(reordered), Is.EqualTo(new[] { new SensitivityAnalysis.Index("o", "p", "S1", 0.25, 0.2, 0.3) }));
            var missing = Path.Combine(folder, "missing.csv");
            File.WriteAllLines(missing, ["outcome,parameter,index,value,ci95_low", "o,p,S1,0.25,0.2"]);
            Assert.That(() => SensitivityAnalysis.Read(missing), Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo($"{missing}: the header has no column 'ci95_high'"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
