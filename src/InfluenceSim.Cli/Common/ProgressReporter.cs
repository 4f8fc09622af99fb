using System.Diagnostics;

namespace InfluenceSim.Cli.Common;

/// <summary>
/// Reports work done (replicates, runs): count and total, elapsed time and an estimate of the time left; one line
/// rewritten in place on a terminal, plain lines (at most one every few seconds, and the last) when the output
/// is a file or a pipe.
/// </summary>
internal sealed class ProgressReporter
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private readonly TextWriter _writer;
    private readonly bool _terminal;
    private readonly int _total;
    private readonly string _unit;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _lastPlain = TimeSpan.Zero;
    private int _done;

    public ProgressReporter(TextWriter writer, int total, string unit)
    {
        _writer = writer;
        _total = total;
        _unit = unit;
        _terminal = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
    }

    public void Done()
    {
        lock (_gate)
        {
            _done++;
            var elapsed = _clock.Elapsed;
            var left = TimeSpan.FromSeconds(elapsed.TotalSeconds / _done * (_total - _done));
            var text = $"{_unit} {_done}/{_total}, {elapsed.TotalSeconds:0.0} s elapsed, about {left.TotalSeconds:0} s left";
            if (_terminal)
            {
                _writer.Write($"\r{text}   ");
                if (_done == _total) _writer.WriteLine();
            }
            else if (_done == _total || elapsed - _lastPlain >= PlainInterval)
            {
                _writer.WriteLine(text);
                _lastPlain = elapsed;
            }
        }
    }
}
