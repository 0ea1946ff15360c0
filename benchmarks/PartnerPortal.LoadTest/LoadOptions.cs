namespace PartnerPortal.LoadTest;

/// <summary>
/// What to load and for how long: --base URL --round SLUG --analysts E1,E2,… --password P [--clients 50]
/// [--seconds 60] [--warmup 10] [--saves FILE] [--prime true] (only read the round's heat map data once, so the
/// portal holds the round's analysis before its memory is taken as the baseline) [--hold FILE] (open one pair page per
/// client and keep the circuits idle until FILE exists: <see cref="CircuitHolder"/>).
/// </summary>
public sealed record LoadOptions(Uri BaseAddress, string Round, IReadOnlyList<string> Analysts, string Password, int Clients, int Seconds, int WarmupSeconds, string SavesFile, bool Prime = false, string? Hold = null)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }
        string Required(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");
        return new LoadOptions(
            new Uri(Required("base")), Required("round"), Required("analysts").Split(','), Required("password"),
            int.Parse(values.GetValueOrDefault("clients", "50")), int.Parse(values.GetValueOrDefault("seconds", "60")),
            int.Parse(values.GetValueOrDefault("warmup", "10")), values.GetValueOrDefault("saves", "saves.csv"), values.ContainsKey("prime"),
            values.GetValueOrDefault("hold"));
    }
}
