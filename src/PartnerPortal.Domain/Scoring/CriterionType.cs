namespace PartnerPortal.Domain.Scoring;

/// <summary>Whether more is better (benefit) or less is better (cost) on a criterion.</summary>
public enum CriterionType
{
    Benefit,
    Cost,
}
