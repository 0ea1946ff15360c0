namespace PartnerPortal.Domain.Rounds;

/// <summary>A change the round's status does not allow (a published round, or scoring outside the scoring phase).</summary>
public sealed class RoundClosedException(string message) : Exception(message);
