using System.Collections.Concurrent;

namespace PartnerPortal.LoadTest;

/// <summary>Every measured action's time, per operation, and every error (the first few with their reason).</summary>
public sealed class Latencies
{
    private const int ReasonsKept = 10;

    private readonly ConcurrentDictionary<Operation, ConcurrentBag<double>> _milliseconds = new();
    private readonly ConcurrentDictionary<Operation, int> _errors = new();
    private readonly ConcurrentQueue<string> _reasons = new();

    public void Add(Operation operation, double milliseconds, bool ok)
    {
        _milliseconds.GetOrAdd(operation, _ => []).Add(milliseconds);
        if (!ok)
        {
            _errors.AddOrUpdate(operation, 1, (_, n) => n + 1);
        }
    }

    public void Error(Operation operation, string reason)
    {
        _errors.AddOrUpdate(operation, 1, (_, n) => n + 1);
        if (_reasons.Count < ReasonsKept)
        {
            _reasons.Enqueue(reason);
        }
    }

    public int Errors => _errors.Values.Sum();

    public IEnumerable<string> Reasons => _reasons;

    /// <summary>A Markdown table: count, per second, p50/p95/p99/max and errors per operation.</summary>
    public string Table(double seconds)
    {
        var lines = new List<string>
        {
            "| action | count | per s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | errors |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var operation in Enum.GetValues<Operation>())
        {
            var sorted = _milliseconds.TryGetValue(operation, out var bag) ? bag.Order().ToArray() : [];
            var errors = _errors.GetValueOrDefault(operation);
            if (sorted.Length == 0)
            {
                if (errors > 0)
                {
                    lines.Add($"| {operation} | 0 | | | | | | {errors} |");
                }
                continue;
            }
            lines.Add($"| {operation} | {sorted.Length:N0} | {sorted.Length / seconds:N1} | {Percentile(sorted, 50):N1} | {Percentile(sorted, 95):N1} | {Percentile(sorted, 99):N1} | {sorted[^1]:N1} | {errors} |");
        }
        var all = _milliseconds.Values.Sum(b => b.Count);
        lines.Add($"| all | {all:N0} | {all / seconds:N1} | | | | | {Errors} |");
        return string.Join(Environment.NewLine, lines);
    }

    private static double Percentile(double[] sorted, int percent) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
}
