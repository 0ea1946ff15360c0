using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Web.Features.Technologies;

/// <summary>A technology group as its row holds it while the admin types; with an empty version, the group being added.</summary>
public sealed class GroupDraft
{
    public string Letter { get; set; } = "";
    public string Name { get; set; } = "";
    public string ThemeCode { get; set; } = "";
    public uint Version { get; init; }

    public static GroupDraft From(TechGroup group) => new()
    {
        Letter = group.Letter, Name = group.Name, ThemeCode = group.Theme!.Code, Version = group.Version,
    };
}
