namespace PartnerPortal.Infrastructure.Exports;

/// <summary>The round tables that can be exported: the study's Table 6.1 and Table 6.2.</summary>
public enum RoundTable
{
    Longlist,
    Shortlist,
}
