using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>A round from the seed files with the longlist evidence and shortlist that belong to it.</summary>
public sealed record RoundSeed(Round Round, IReadOnlyList<LonglistEvidence> Evidence, IReadOnlyList<ShortlistEntry> Shortlist);
