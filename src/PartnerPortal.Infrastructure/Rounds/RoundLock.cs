namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>How a phase-dependent write holds its round's row: see <see cref="RoundWriteLock"/>.</summary>
public enum RoundLock
{
    /// <summary>
    /// The write changes rows of the round (scores, evidence, an opportunity's details): any number run at
    /// once, and a phase change waits for them all.
    /// </summary>
    Shared,

    /// <summary>
    /// The write changes the round itself (its phase, settings, weights, scope, analysts) or must run alone
    /// (shortlist decisions: the first decision on a technology creates its shortlist entry).
    /// </summary>
    Exclusive,
}
