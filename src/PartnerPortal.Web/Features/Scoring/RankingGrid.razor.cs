using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Web.Features.Rounds;

namespace PartnerPortal.Web.Features.Scoring;

public partial class RankingGrid
{
    [Parameter, EditorRequired] public string Slug { get; set; } = "";
    [Parameter, EditorRequired] public IReadOnlyList<AnalysedCriterion> Criteria { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlySet<string> Hidden { get; set; } = new HashSet<string>();

    /// <summary>Reads a page of the ranking under the grid's filter and sort (the page owns the filter).</summary>
    [Parameter, EditorRequired] public Func<RankingSort, Task<IReadOnlyList<RankedPair>>> Read { get; set; } = null!;

    /// <summary>The pairs selected for the radar (at most <see cref="RadarPage.MaximumPairs"/>).</summary>
    [Parameter] public EventCallback<IReadOnlyList<RankedPair>> SelectionChanged { get; set; }

    /// <summary>Told when a selection beyond the radar's four pairs is refused.</summary>
    [Parameter] public EventCallback<string> Refused { get; set; }

    /// <summary>Told the sort the grid now shows, so the export holds the same order.</summary>
    [Parameter] public EventCallback<RankingSort> SortChanged { get; set; }

    private MudDataGrid<RankedPair>? _grid;

    /// <summary>By pair, not row: rows are rebuilt on every page and sort, the choice stays.</summary>
    private readonly List<PairKey> _selected = [];
    private readonly List<RankedPair> _chosen = [];

    /// <summary>
    /// One sort key per column, named as the export's query names them; the grid hands back the key of the column
    /// it sorts, so the sort runs over the whole ranking on the server and the export sorts the same way.
    /// </summary>
    private Dictionary<string, Func<RankedPair, object>> Keys => _keys ??= BuildKeys();

    private Dictionary<string, Func<RankedPair, object>>? _keys;

    private Dictionary<string, Func<RankedPair, object>> BuildKeys()
    {
        var keys = new Dictionary<string, Func<RankedPair, object>>
        {
            ["rank"] = r => r.Rank, ["country"] = r => r.CountryName, ["technology"] = r => r.TechnologyName, ["theme"] = r => r.Theme,
            ["index"] = r => r.Index, ["rank-in-technology"] = r => r.RankInTechnology, ["longlist"] = r => r.Longlist, ["decision"] = r => r.Decision,
            ["screening"] = r => r.Screening, ["contradictions"] = r => r.Contradictions,
        };
        for (var c = 0; c < Criteria.Count; c++)
        {
            var criterion = c;
            keys[Criteria[c].Code] = r => r.Criteria[criterion].Mean;
        }
        return keys;
    }

    public Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<GridData<RankedPair>> LoadAsync(GridState<RankedPair> state, CancellationToken cancellationToken)
    {
        var sort = SortOf(state.SortDefinitions.FirstOrDefault());
        await SortChanged.InvokeAsync(sort);
        var rows = await Read(sort);
        return new GridData<RankedPair> { TotalItems = rows.Count, Items = rows.Skip(state.Page * state.PageSize).Take(state.PageSize).ToList() };
    }

    private RankingSort SortOf(SortDefinition<RankedPair>? definition)
    {
        if (definition is null)
        {
            return RankingSort.ByRank;
        }
        var name = Keys.FirstOrDefault(k => ReferenceEquals(k.Value, definition.SortFunc)).Key;
        var criterion = Criteria.ToList().FindIndex(c => c.Code == name);
        var column = criterion >= 0 ? RankingColumn.CriterionMean : RankingQuery.ColumnNamed(name ?? "") ?? RankingColumn.Rank;
        return new RankingSort(column, definition.Descending, Math.Max(criterion, 0));
    }

    private async Task SelectAsync(RankedPair pair, bool on)
    {
        if (!on)
        {
            _selected.Remove(pair.Key);
            _chosen.RemoveAll(p => p.Key == pair.Key);
        }
        else if (_selected.Count >= RadarPage.MaximumPairs)
        {
            // Refused, not dropped: the four already chosen stay, and the manager is told why.
            await Refused.InvokeAsync($"A radar compares up to {RadarPage.MaximumPairs} pairs; unselect one before choosing another.");
            return;
        }
        else if (!_selected.Contains(pair.Key))
        {
            _selected.Add(pair.Key);
            _chosen.Add(pair);
        }
        await SelectionChanged.InvokeAsync([.. _chosen]);
    }

    private string PairLink(RankedPair pair) => $"/rounds/{Uri.EscapeDataString(Slug)}/pairs/{pair.CountryCode}/{pair.TechnologySlug}";
}
