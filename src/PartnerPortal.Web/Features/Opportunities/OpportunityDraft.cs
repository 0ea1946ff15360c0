using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Shortlisting;

namespace PartnerPortal.Web.Features.Opportunities;

/// <summary>What the manager is recording about an opportunity, as the page holds it until it is saved.</summary>
public sealed class OpportunityDraft
{
    public required Dictionary<int, PrincipleStatus> Statuses { get; init; }
    public required Dictionary<int, string?> Notes { get; init; }
    public IReadOnlyCollection<ValueCapturePathway> Pathways { get; set; } = [];
    public IReadOnlyCollection<int> Instruments { get; set; } = [];

    public static OpportunityDraft From(OpportunityDetails details) => new()
    {
        Statuses = details.Principles.ToDictionary(p => p.PrincipleId, p => p.Status),
        Notes = details.Principles.ToDictionary(p => p.PrincipleId, p => p.Note),
        Pathways = [.. ValueCapturePathwayText.All.Select(p => p.Pathway).Where(p => details.ValueCapture.HasFlag(p))],
        Instruments = [.. details.Instruments.Where(i => i.Selected).Select(i => i.Id)],
    };

    public ValueCapturePathway ValueCapture => Pathways.Aggregate(ValueCapturePathway.None, (all, one) => all | one);

    public OpportunityInput ToInput(uint version) => new(
        version,
        [.. Statuses.Select(s => (s.Key, s.Value, Notes.GetValueOrDefault(s.Key)))],
        ValueCapture,
        [.. Instruments]);
}
