namespace PartnerPortal.Domain.Shortlisting;

/// <summary>A pair the proposal puts forward and why, for the portfolio manager to accept, reject or defer.</summary>
public sealed record ProposedPair(ShortlistCandidate Candidate, string Reason);
