using PartnerPortal.Domain.Rounds;

namespace PartnerPortal.Infrastructure.Demo;

/// <summary>
/// What to generate: the round's size and random seed, and who scores it — <see cref="AnalystCount"/> new
/// generated accounts, or the existing accounts named in <see cref="AnalystEmails"/> (the first run's example
/// uses the demo analysts).
/// </summary>
public sealed record DemoRoundRequest(string Slug, int Countries, int Technologies, int Seed)
{
    public int AnalystCount { get; init; } = 5;
    public IReadOnlyList<string> AnalystEmails { get; init; } = [];
    public RoundStatus Status { get; init; } = RoundStatus.Scoring;
    public RoundOrigin Origin { get; init; } = RoundOrigin.Generated;
    public string? Name { get; init; }
    public string? Description { get; init; }
}
