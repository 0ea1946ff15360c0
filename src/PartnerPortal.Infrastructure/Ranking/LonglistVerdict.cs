namespace PartnerPortal.Infrastructure.Ranking;

/// <summary>Where a pair stands on the round's longlist: no evidence gathered yet, or the rule's verdict on it.</summary>
public enum LonglistVerdict
{
    NoEvidence,
    NotLonglisted,
    Longlisted,
}
