namespace PartnerPortal.Domain.Indicators;

/// <summary>
/// A quantitative measure of a country's capability (study Table 5.2): R&amp;D spend, manufacturing value
/// added, high-technology exports… Its code is the publisher's where there is one (World Bank codes such as
/// GB.XPD.RSDV.GD.ZS), so files import against it.
/// </summary>
public class Indicator
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Unit { get; set; }
    public required string Source { get; set; }

    /// <summary>Whether a larger value means a stronger partner (true for nearly all of the study's indicators).</summary>
    public bool HigherIsBetter { get; set; } = true;
    public required string Description { get; set; }
}
