using System.Diagnostics;

namespace PartnerPortal.Web.Tests.Charts;

/// <summary>
/// The chart scripts themselves, run by Node (installed with npm by scripts/install-prerequisites.sh, which the
/// build needs anyway) against stand-ins for the DOM and ECharts: see Charts/chart-tooltips.js.
/// </summary>
public class ChartTooltipTests
{
    [Fact]
    public async Task Every_charts_tooltip_shows_country_technology_and_criterion_names_as_text_never_as_markup()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Charts");
        var start = new ProcessStartInfo("node", [Path.Combine(directory, "chart-tooltips.js"), Path.Combine(directory, "js")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var node = Process.Start(start)!;
        var (output, error) = (node.StandardOutput.ReadToEndAsync(), node.StandardError.ReadToEndAsync());
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, $"{await output}{await error}");
        Assert.Contains("names are text", await output);
    }
}
