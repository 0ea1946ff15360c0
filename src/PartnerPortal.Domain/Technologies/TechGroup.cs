namespace PartnerPortal.Domain.Technologies;

/// <summary>A lettered technology group of Table 4.1, e.g. "(A) Energy storage".</summary>
public class TechGroup
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public required string Letter { get; set; }
    public required string Name { get; set; }
    public int ThemeId { get; set; }
    public Theme? Theme { get; set; }

    public string Label => $"({Letter}) {Name}";
}
