namespace PartnerPortal.Domain.Framework;

/// <summary>The study splits criteria into what collaboration could unlock and whether it can be done.</summary>
public enum CriterionCategory
{
    Opportunity,
    Feasibility,
}
