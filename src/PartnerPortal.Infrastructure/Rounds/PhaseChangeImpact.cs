using PartnerPortal.Domain.Rounds;

namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>
/// What moving a round to another phase would leave behind, for the manager to read before confirming: pairs no
/// analyst has fully scored, analysts who have not started, longlisted pairs the ranking cannot weigh.
/// </summary>
/// <param name="ScoredPairs">Pairs scored on every criterion by at least one analyst.</param>
public sealed record PhaseChangeImpact(
    RoundStatus From, RoundStatus To, int Pairs, int ScoredPairs, IReadOnlyList<string> AnalystsNotStarted, int UnscoredLonglisted)
{
    public int UnscoredPairs => Pairs - ScoredPairs;

    public bool IsComplete => UnscoredPairs == 0 && AnalystsNotStarted.Count == 0 && UnscoredLonglisted == 0;

    /// <summary>Each gap as a sentence, empty when nothing is left undone.</summary>
    public IReadOnlyList<string> Gaps =>
    [
        .. UnscoredPairs > 0 ? [$"{UnscoredPairs:N0} of {Pairs:N0} pairs are not fully scored by any analyst."] : Array.Empty<string>(),
        .. AnalystsNotStarted.Count > 0
            ? [$"{AnalystsNotStarted.Count} assigned {(AnalystsNotStarted.Count == 1 ? "analyst has" : "analysts have")} not started: {string.Join(", ", AnalystsNotStarted)}."]
            : Array.Empty<string>(),
        .. UnscoredLonglisted > 0 ? [$"{UnscoredLonglisted:N0} longlisted pairs are not fully scored, so the ranking and the proposal cannot weigh them."] : Array.Empty<string>(),
    ];
}
