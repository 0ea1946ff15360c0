using Microsoft.Playwright;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>The analyst's pair page as the browser tests reach into it.</summary>
internal static class ScorePairPageLocators
{
    /// <summary>A level of a criterion's scale, clicked where people click it: its label.</summary>
    public static ILocator ScaleLevel(IPage page, string criterion, int level) =>
        page.Locator("label").Filter(new() { Has = page.Locator($"#score-{criterion}-{level}") });
}
