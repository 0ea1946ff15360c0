using MudBlazor;

namespace PartnerPortal.Web.Components.Layout;

/// <summary>The portal's colours (the navy of the earlier Bootstrap layout) in light and dark, on the system's fonts.</summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#5c6b7a",
            AppbarBackground = "#1f4e79",
            Background = "#f7f9fc",
            DrawerBackground = "#ffffff",
            Success = "#1e7b4a",
            Error = "#b3261e",
            // Material's secondary text (54 % black) falls under 4.5:1 on the page background; this passes (axe).
            TextSecondary = "rgba(0,0,0,0.68)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8cb8e6",
            Secondary = "#a9b6c3",
            AppbarBackground = "#14324f",
            Success = "#6fcf97",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                // Roboto would come from a font CDN, which neither the CSP nor an offline install allows.
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
            // Sentence case reads better than Material's capitals, and screen readers spell some capitals out.
            Button = new ButtonTypography { TextTransform = "none" },
            H4 = new H4Typography { FontSize = "2rem", FontWeight = "500" },
        },
    };
}
