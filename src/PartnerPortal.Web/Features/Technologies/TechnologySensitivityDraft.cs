using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.ResearchSecurity;

namespace PartnerPortal.Web.Features.Technologies;

/// <summary>A technology's research-security tagging as the form holds it while the admin edits; saved as <see cref="TechnologySensitivityDetails"/>.</summary>
public sealed class TechnologySensitivityDraft
{
    public string TechnologySlug { get; set; } = "";
    public HashSet<CriticalTechnologyArea> Areas { get; } = [];
    public bool DualUse { get; set; }
    public string Note { get; set; } = "";
    public string Source { get; set; } = "";

    /// <summary>The version the form was read at (after a conflict: the version it was shown).</summary>
    public uint Version { get; set; }

    public SensitivityLevel Level => TechnologySensitivity.LevelOf(Areas, DualUse);

    public static TechnologySensitivityDraft From(TechnologySensitivityDetails details)
    {
        var draft = new TechnologySensitivityDraft
        {
            TechnologySlug = details.TechnologySlug, DualUse = details.DualUse, Note = details.Note, Source = details.Source, Version = details.Version,
        };
        draft.Areas.UnionWith(details.Areas);
        return draft;
    }

    public TechnologySensitivityDetails ToDetails() => new(TechnologySlug, [.. Areas.Order()], DualUse, Note, Source, Version);
}
