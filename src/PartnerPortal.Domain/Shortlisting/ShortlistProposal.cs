namespace PartnerPortal.Domain.Shortlisting;

/// <summary>The proposed pairs, and any portfolio rule the longlist made impossible to meet.</summary>
public sealed record ShortlistProposal(IReadOnlyList<ProposedPair> Pairs, IReadOnlyList<string> UnmetConstraints);
