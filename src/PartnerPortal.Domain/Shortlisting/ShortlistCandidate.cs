namespace PartnerPortal.Domain.Shortlisting;

/// <summary>A longlisted pair as the shortlist proposal sees it: who, what, where, and how well it scored.</summary>
public sealed record ShortlistCandidate(int Pair, int Technology, int Country, int Theme, string Region, bool IsEmerging, double Score);
