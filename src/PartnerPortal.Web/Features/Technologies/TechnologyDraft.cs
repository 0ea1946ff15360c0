using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Technologies;

namespace PartnerPortal.Web.Features.Technologies;

/// <summary>A technology as the edit form holds it while the admin types; validated and saved as <see cref="TechnologyDetails"/>.</summary>
public sealed class TechnologyDraft
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
    public string GroupLetter { get; set; } = "";

    /// <summary>The Table 4.1 domains, one per line.</summary>
    public string Domains { get; set; } = "";

    public SelectionRationale Rationale { get; set; }

    /// <summary>The version the form was read at (after a conflict: the version it was shown).</summary>
    public uint Version { get; set; }

    public bool Has(SelectionRationale flag) => Rationale.HasFlag(flag);

    public void Set(SelectionRationale flag, bool on) => Rationale = on ? Rationale | flag : Rationale & ~flag;

    public static TechnologyDraft From(TechnologyDetails details) => new()
    {
        Slug = details.Slug, Name = details.Name, ShortName = details.ShortName, GroupLetter = details.GroupLetter,
        Domains = string.Join("\n", details.Domains), Rationale = details.Rationale, Version = details.Version,
    };

    public TechnologyDetails ToDetails() => new(Slug.Trim(), Name, ShortName, GroupLetter,
        [.. Domains.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)], Rationale, Version);
}
