namespace PartnerPortal.Domain.Comparisons;

/// <summary>What one round decided, in the terms a comparison needs: longlisted and shortlisted pairs, and each ranked pair's overall rank.</summary>
public sealed record RoundOutcome(
    IReadOnlySet<PairKey> Longlisted,
    IReadOnlySet<PairKey> Shortlisted,
    IReadOnlyDictionary<PairKey, int> Ranks);
