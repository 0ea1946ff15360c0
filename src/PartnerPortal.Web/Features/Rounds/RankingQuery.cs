using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Web.Components;

namespace PartnerPortal.Web.Features.Rounds;

/// <summary>
/// The ranking grid's filter and sort as query values, for an export of exactly what the grid shows:
/// technology, country and theme (a slug, a code, a name), longlist=longlisted|not-longlisted|no-evidence,
/// disagreement=true, sort=rank|index|country|technology|theme|rank-in-technology|longlist|disagreement|decision
/// or a criterion's code (its mean) or code-sd (its standard deviation), order=asc|desc.
/// </summary>
public sealed record RankingQuery(RankingFilter Filter, RankingSort Sort)
{
    private static readonly Dictionary<string, RankingColumn> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rank"] = RankingColumn.Rank, ["index"] = RankingColumn.Index, ["country"] = RankingColumn.Country, ["technology"] = RankingColumn.Technology,
        ["theme"] = RankingColumn.Theme, ["rank-in-technology"] = RankingColumn.RankInTechnology, ["longlist"] = RankingColumn.Longlist,
        ["disagreement"] = RankingColumn.Disagreement, ["decision"] = RankingColumn.Decision,
        ["screening"] = RankingColumn.Screening, ["contradictions"] = RankingColumn.Contradictions,
    };

    private static readonly Dictionary<string, ScreeningLevel> Screenings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["low"] = ScreeningLevel.Low, ["medium"] = ScreeningLevel.Medium, ["high"] = ScreeningLevel.High,
    };

    private static readonly Dictionary<string, LonglistVerdict> Verdicts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["longlisted"] = LonglistVerdict.Longlisted, ["not-longlisted"] = LonglistVerdict.NotLonglisted, ["no-evidence"] = LonglistVerdict.NoEvidence,
    };

    /// <returns>null when a value is not one the grid could have sent.</returns>
    public static RankingQuery? Parse(
        IReadOnlyList<AnalysedCriterion> criteria, string? technology, string? country, string? theme, string? longlist, string? disagreement, string? sort, string? order,
        string? screening = null, string? contradictions = null)
    {
        ScreeningLevel? level = null;
        if (!string.IsNullOrEmpty(screening))
        {
            if (!Screenings.TryGetValue(screening, out var parsedLevel))
            {
                return null;
            }
            level = parsedLevel;
        }
        LonglistVerdict? verdict = null;
        if (!string.IsNullOrEmpty(longlist))
        {
            if (!Verdicts.TryGetValue(longlist, out var parsed))
            {
                return null;
            }
            verdict = parsed;
        }
        if (order is not (null or "" or "asc" or "desc"))
        {
            return null;
        }
        var descending = order == "desc";
        RankingSort rankingSort;
        if (string.IsNullOrEmpty(sort))
        {
            rankingSort = RankingSort.ByRank with { Descending = descending };
        }
        else if (Columns.TryGetValue(sort, out var column))
        {
            rankingSort = new RankingSort(column, descending);
        }
        else
        {
            var deviation = sort.EndsWith("-sd", StringComparison.OrdinalIgnoreCase);
            var code = deviation ? sort[..^3] : sort;
            var position = criteria.ToList().FindIndex(c => c.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
            if (position < 0)
            {
                return null;
            }
            rankingSort = new RankingSort(deviation ? RankingColumn.CriterionStandardDeviation : RankingColumn.CriterionMean, descending, position);
        }
        return new RankingQuery(
            new RankingFilter(NullIfEmpty(technology), NullIfEmpty(country), NullIfEmpty(theme), verdict, QueryValues.Flag(disagreement), level, QueryValues.Flag(contradictions)),
            rankingSort);
    }

    /// <summary>The query values <see cref="Parse"/> reads back as this filter and sort (empty ones left out): the grid's export link.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Values(RankingFilter filter, RankingSort sort, IReadOnlyList<AnalysedCriterion> criteria)
    {
        var values = new Dictionary<string, string?>
        {
            ["technology"] = filter.TechnologySlug, ["country"] = filter.CountryCode, ["theme"] = filter.Theme,
            ["longlist"] = Verdicts.FirstOrDefault(v => v.Value == filter.Longlist).Key,
            ["disagreement"] = filter.DisagreementOnly ? "true" : null,
            ["screening"] = Screenings.FirstOrDefault(v => v.Value == filter.Screening).Key,
            ["contradictions"] = filter.ContradictionsOnly ? "true" : null,
            ["sort"] = sort.Column switch
            {
                RankingColumn.Rank => null,
                RankingColumn.CriterionMean => criteria[sort.Criterion].Code,
                RankingColumn.CriterionStandardDeviation => $"{criteria[sort.Criterion].Code}-sd",
                var column => Columns.First(c => c.Value == column).Key,
            },
            ["order"] = sort.Descending ? "desc" : null,
        };
        return values.Where(v => v.Value is not null);
    }

    /// <summary>A column by the name the query gives it ("index", "rank-in-technology", …); criteria go by their code.</summary>
    public static RankingColumn? ColumnNamed(string name) => Columns.TryGetValue(name, out var column) ? column : null;

    public static string Usage(IReadOnlyList<AnalysedCriterion> criteria) =>
        "The ranking's filter and sort are: longlist=longlisted|not-longlisted|no-evidence, disagreement=true, " +
        "screening=low|medium|high, contradictions=true, " +
        $"sort={string.Join("|", Columns.Keys)}{string.Concat(criteria.Select(c => $"|{c.Code}|{c.Code}-sd"))}, order=asc|desc " +
        "(and technology, country and theme by slug, code and name).";

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
