using System.Collections.Concurrent;

namespace PartnerPortal.LoadTest;

/// <summary>Every measured request's time and outcome, per operation.</summary>
public sealed class Latencies
{
    private readonly ConcurrentDictionary<Operation, ConcurrentBag<double>> _milliseconds = new();
    private readonly ConcurrentDictionary<Operation, int> _errors = new();

    public void Add(Operation operation, double milliseconds, bool ok)
    {
        _milliseconds.GetOrAdd(operation, _ => []).Add(milliseconds);
        if (!ok)
        {
            _errors.AddOrUpdate(operation, 1, (_, n) => n + 1);
        }
    }

    public int Errors => _errors.Values.Sum();

    /// <summary>A Markdown table: requests, requests per second, p50/p95/p99 and errors per operation.</summary>
    public string Table(double seconds)
    {
        var lines = new List<string>
        {
            "| request | count | req/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | errors |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var operation in Enum.GetValues<Operation>())
        {
            if (!_milliseconds.TryGetValue(operation, out var bag) || bag.IsEmpty)
            {
                continue;
            }
            var sorted = bag.Order().ToArray();
            lines.Add($"| {operation} | {sorted.Length:N0} | {sorted.Length / seconds:N1} | {Percentile(sorted, 50):N1} | {Percentile(sorted, 95):N1} | {Percentile(sorted, 99):N1} | {sorted[^1]:N1} | {_errors.GetValueOrDefault(operation)} |");
        }
        var all = _milliseconds.Values.Sum(b => b.Count);
        lines.Add($"| all | {all:N0} | {all / seconds:N1} | | | | | {Errors} |");
        return string.Join(Environment.NewLine, lines);
    }

    private static double Percentile(double[] sorted, int percent) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
}
