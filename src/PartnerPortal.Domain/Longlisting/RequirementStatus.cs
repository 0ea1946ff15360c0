namespace PartnerPortal.Domain.Longlisting;

public enum RequirementStatus
{
    Unknown,
    No,
    Yes,
}
