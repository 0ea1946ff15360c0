using PartnerPortal.Domain.Longlisting;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>One longlisting requirement's answer in the form.</summary>
public sealed class RequirementAnswer
{
    public RequirementStatus Status { get; set; }

    public string? Source { get; set; }
}
