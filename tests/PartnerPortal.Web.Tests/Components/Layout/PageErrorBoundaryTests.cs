using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;
using PartnerPortal.Web.Components.Layout;

namespace PartnerPortal.Web.Tests.Components.Layout;

public class PageErrorBoundaryTests : BunitContext
{
    public PageErrorBoundaryTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>A page whose data read fails the first time it loads, as one did when the connection pool ran dry.</summary>
    private sealed class FlakyPage : ComponentBase
    {
        public static int Loads;

        protected override async Task OnParametersSetAsync()
        {
            await Task.Yield();
            if (Interlocked.Increment(ref Loads) == 1)
            {
                throw new InvalidOperationException("The connection pool has been exhausted");
            }
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) => builder.AddMarkupContent(0, "<p id=\"loaded\">The pair</p>");
    }

    [Fact]
    public void A_page_that_fails_to_load_says_so_instead_of_ending_the_circuit_and_loads_when_tried_again()
    {
        FlakyPage.Loads = 0;
        var boundary = Render<PageErrorBoundary>(p => p.AddChildContent<FlakyPage>());

        boundary.WaitForAssertion(() => Assert.Contains("This page could not be shown just now", boundary.Find("[role=alert]").TextContent));
        Assert.Empty(boundary.FindAll("#loaded"));

        boundary.FindAll("button").Single(b => b.TextContent.Contains("Try again", StringComparison.Ordinal)).Click();

        boundary.WaitForAssertion(() => Assert.Equal("The pair", boundary.Find("#loaded").TextContent));
        Assert.Empty(boundary.FindAll("[role=alert]"));
    }
}
