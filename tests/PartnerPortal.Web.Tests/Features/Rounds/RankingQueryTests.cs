using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Web.Features.Rounds;

namespace PartnerPortal.Web.Tests.Features.Rounds;

/// <summary>The grid's export link and the export endpoint speak one language: what the grid writes, the endpoint reads back.</summary>
public class RankingQueryTests
{
    private static readonly AnalysedCriterion[] Criteria = [new(1, "rie", "Research"), new(2, "feasibility", "Feasibility")];

    public static TheoryData<RankingFilter, RankingSort> Grids => new()
    {
        { RankingFilter.None, RankingSort.ByRank },
        { new RankingFilter("batteries", "CHN", "Net zero", LonglistVerdict.NotLonglisted, DisagreementOnly: true), new RankingSort(RankingColumn.RankInTechnology, Descending: true) },
        { RankingFilter.None with { Longlist = LonglistVerdict.NoEvidence }, new RankingSort(RankingColumn.CriterionMean, Descending: false, Criterion: 1) },
        { RankingFilter.None, new RankingSort(RankingColumn.CriterionStandardDeviation, Descending: true, Criterion: 0) },
        { RankingFilter.None with { Screening = ScreeningLevel.High, ContradictionsOnly = true }, new RankingSort(RankingColumn.Contradictions, Descending: true) },
        { RankingFilter.None with { Screening = ScreeningLevel.Low }, new RankingSort(RankingColumn.Screening) },
    };

    [Theory]
    [MemberData(nameof(Grids))]
    public void A_grids_filter_and_sort_written_as_query_values_read_back_the_same(RankingFilter filter, RankingSort sort)
    {
        var values = RankingQuery.Values(filter, sort, Criteria).ToDictionary(v => v.Key, v => v.Value);

        var read = RankingQuery.Parse(Criteria, values.GetValueOrDefault("technology"), values.GetValueOrDefault("country"), values.GetValueOrDefault("theme"),
            values.GetValueOrDefault("longlist"), values.GetValueOrDefault("disagreement"), values.GetValueOrDefault("sort"), values.GetValueOrDefault("order"),
            values.GetValueOrDefault("screening"), values.GetValueOrDefault("contradictions"));

        Assert.Equal(new RankingQuery(filter, sort), read);
    }
}
