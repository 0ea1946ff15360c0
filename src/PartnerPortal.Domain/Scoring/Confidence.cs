namespace PartnerPortal.Domain.Scoring;

/// <summary>How sure the analyst is of a score, given the evidence behind it.</summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}
