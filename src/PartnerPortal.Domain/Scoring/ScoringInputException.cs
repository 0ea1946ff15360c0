namespace PartnerPortal.Domain.Scoring;

/// <summary>Input a calculation cannot use; the message says what is wrong in the caller's terms.</summary>
public sealed class ScoringInputException(string message) : Exception(message);
