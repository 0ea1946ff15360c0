using PartnerPortal.Domain.Rounds;

namespace PartnerPortal.Infrastructure.Workspace;

/// <summary>A round an analyst is assigned to, their progress in it, and the pair to continue with (null when all are done).</summary>
public sealed record Assignment(
    string RoundSlug, string RoundName, RoundStatus Status, int Pairs, int Done, int Started,
    string? ContinueCountry, string? ContinueTechnology);
