namespace PartnerPortal.Infrastructure.Shortlisting;

/// <summary>A shortlist decision that cannot be recorded as given; the message says what to fix.</summary>
public sealed class ShortlistDecisionException(string message) : Exception(message);
