using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Web.Features.Technologies;

/// <summary>A theme's names as its row in the themes table holds them while the admin types.</summary>
public sealed class ThemeDraft
{
    public required string Code { get; init; }
    public string Name { get; set; } = "";
    public string LonglistHeading { get; set; } = "";
    public string ShortlistHeading { get; set; } = "";
    public uint Version { get; init; }

    public static ThemeDraft From(Theme theme) => new()
    {
        Code = theme.Code, Name = theme.Name, LonglistHeading = theme.LonglistHeading, ShortlistHeading = theme.ShortlistHeading, Version = theme.Version,
    };
}
