namespace PartnerPortal.Domain.Rounds;

public enum RoundStatus
{
    Draft,
    Scoring,
    Review,
    Published,
}
