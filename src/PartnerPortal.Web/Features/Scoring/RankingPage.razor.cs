using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Web.Features.Rounds;

namespace PartnerPortal.Web.Features.Scoring;

public partial class RankingPage
{
    private static readonly IReadOnlyList<(string Key, string Label)> OptionalColumns =
    [
        ("theme", "Theme"), ("criteria", "Criterion means"), ("rank-in-technology", "Rank in technology"), ("longlist", "Longlist"), ("decision", "Decision"),
    ];

    [Parameter] public string Slug { get; set; } = "";

    private RoundAnalysis? _analysis;
    private RoundViewer _viewer = RoundViewer.Unrestricted;
    private RoundHiddenException? _hidden;
    private RankingGrid? _grid;
    private RankingFilter _filter = RankingFilter.None;
    private RankingSort _sort = RankingSort.ByRank;
    private IReadOnlySet<string> _hiddenColumns = new HashSet<string> { "theme" };
    private IReadOnlyList<RankedPair> _chosen = [];
    private IReadOnlyList<(string Slug, string Name)> _technologies = [];
    private Dictionary<string, string> _countries = [];
    private IReadOnlyList<string> _themes = [];
    private int _total;
    private int _matching;

    protected override async Task OnParametersSetAsync()
    {
        _viewer = RoundViewer.From((await Authentication.GetAuthenticationStateAsync()).User);
        try
        {
            _analysis = await Analyzer.AnalyseAsync(Slug, _viewer);
        }
        catch (Infrastructure.Exports.RoundNotFoundException)
        {
            Navigation.NotFound();
            return;
        }
        catch (RoundHiddenException e)
        {
            _hidden = e;
            return;
        }
        _technologies = [.. _analysis.Technologies.OrderBy(t => t.Name).Select(t => (t.Slug, t.Name))];
        _countries = _analysis.Countries.ToDictionary(c => c.Code, c => c.Name);
        _themes = [.. _analysis.Technologies.Select(t => t.Theme).Distinct().Order()];
    }

    private async Task<IReadOnlyList<RankedPair>> ReadAsync(RankingSort sort)
    {
        var table = await Ranking.ReadAsync(_analysis!, _viewer, _filter, sort);
        (_total, _matching) = (table.RankedPairs, table.Rows.Count);
        // The grid asks from its own render; the count above it belongs to the page.
        await InvokeAsync(StateHasChanged);
        return table.Rows;
    }

    private async Task FilterAsync(RankingFilter filter)
    {
        _filter = filter;
        if (_grid is not null)
        {
            await _grid.ReloadAsync();
        }
    }

    private string RadarLink => QueryHelpers.AddQueryString($"/rounds/{Uri.EscapeDataString(Slug)}/radar",
        _chosen.Select(p => new KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>("pair", $"{p.CountryCode}/{p.TechnologySlug}")));

    /// <summary>The export of exactly what the grid shows: its filter and sort as the export endpoint reads them.</summary>
    private string ExportLink(string format) => QueryHelpers.AddQueryString(
        $"/rounds/{Uri.EscapeDataString(Slug)}/export/ranking.{format}", RankingQuery.Values(_filter, _sort, _analysis!.Criteria));

    private static RenderFragment Text(string text) => builder => builder.AddContent(0, text);
}
