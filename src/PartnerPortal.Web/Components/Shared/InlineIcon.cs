using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace PartnerPortal.Web.Components.Shared;

/// <summary>
/// A MudBlazor icon (its SVG path string) drawn as MudIcon draws it, but as markup rather than a component: the pair
/// page shows a dozen and every component stays in its circuit's memory (docs/performance.md). Decorative: hidden
/// from screen readers; the text beside it says the same.
/// </summary>
public static class InlineIcon
{
    public static RenderFragment Small(string icon) => builder => Render(builder, icon, "mud-icon-size-small");

    private static void Render(RenderTreeBuilder builder, string icon, string size)
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", $"mud-icon-root mud-svg-icon mud-inherit-text {size}");
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    }
}
