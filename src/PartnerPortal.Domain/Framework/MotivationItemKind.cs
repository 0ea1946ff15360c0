namespace PartnerPortal.Domain.Framework;

/// <summary>Table 2.1 lists, per motivation, what collaboration gives access to and what else it contributes.</summary>
public enum MotivationItemKind
{
    AccessTo,
    Contribution,
}
