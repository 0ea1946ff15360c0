using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Web.Features.Indicators;

/// <summary>An indicator as the edit form holds it while the admin types; validated and saved as <see cref="IndicatorDetails"/>.</summary>
public sealed class IndicatorDraft
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Source { get; set; } = "";
    public bool HigherIsBetter { get; set; } = true;
    public string Description { get; set; } = "";

    /// <summary>The version the form was read at (after a conflict: the version it was shown).</summary>
    public uint Version { get; set; }

    public static IndicatorDraft From(IndicatorDetails details) => new()
    {
        Code = details.Code, Name = details.Name, Unit = details.Unit, Source = details.Source,
        HigherIsBetter = details.HigherIsBetter, Description = details.Description, Version = details.Version,
    };

    public IndicatorDetails ToDetails() => new(Code.Trim(), Name, Unit, Source, HigherIsBetter, Description, Version);
}
