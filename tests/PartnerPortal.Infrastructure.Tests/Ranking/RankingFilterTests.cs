using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Ranking;

namespace PartnerPortal.Infrastructure.Tests.Ranking;

public class RankingFilterTests
{
    internal static RankedPair Row(string country, string technology, string theme, int rank, double index,
        LonglistVerdict longlist = LonglistVerdict.Longlisted, bool disagreement = false, RankedDecision decision = RankedDecision.None,
        ScreeningLevel screening = ScreeningLevel.Low, int contradictions = 0, params double[] means) =>
        new(country, $"Country {country}", technology, $"Technology {technology}", theme, index, rank, 1,
            [.. (means.Length == 0 ? [3.0] : means).Select(m => new RankedCriterion(m, 0.5, 2, disagreement))],
            longlist, longlist == LonglistVerdict.NoEvidence ? null : "reason", disagreement, decision, null, screening, contradictions);

    private static readonly RankedPair[] Rows =
    [
        Row("CHN", "batteries", "Net zero", 1, 90),
        Row("DEU", "batteries", "Net zero", 2, 80, LonglistVerdict.NotLonglisted, disagreement: true),
        Row("CHN", "robotics", "Industrial digitalisation", 3, 70, LonglistVerdict.NoEvidence),
        Row("JPN", "robotics", "Industrial digitalisation", 4, 60, disagreement: true, screening: ScreeningLevel.High, contradictions: 2),
    ];

    [Fact]
    public void Screening_level_and_contradicting_the_data_narrow_the_rows()
    {
        Assert.Equal([Rows[3]], new RankingFilter(Screening: ScreeningLevel.High).Apply(Rows));
        Assert.Equal([Rows[0], Rows[1], Rows[2]], new RankingFilter(Screening: ScreeningLevel.Low).Apply(Rows));
        Assert.Equal([Rows[3]], new RankingFilter(ContradictionsOnly: true).Apply(Rows));
        Assert.False(new RankingFilter(ContradictionsOnly: true).IsEmpty);
    }

    [Fact]
    public void No_filter_keeps_every_row_in_its_order()
    {
        Assert.True(RankingFilter.None.IsEmpty);
        Assert.Same(Rows, RankingFilter.None.Apply(Rows));
    }

    [Fact]
    public void Each_given_criterion_narrows_the_rows_and_all_of_them_must_match()
    {
        Assert.Equal([Rows[0], Rows[1]], new RankingFilter(TechnologySlug: "batteries").Apply(Rows));
        Assert.Equal([Rows[0], Rows[2]], new RankingFilter(CountryCode: "CHN").Apply(Rows));
        Assert.Equal([Rows[2], Rows[3]], new RankingFilter(Theme: "industrial DIGITALISATION").Apply(Rows));
        Assert.Equal([Rows[2]], new RankingFilter(Longlist: LonglistVerdict.NoEvidence).Apply(Rows));
        Assert.Equal([Rows[1], Rows[3]], new RankingFilter(DisagreementOnly: true).Apply(Rows));
        Assert.Equal([Rows[3]], new RankingFilter(Theme: "Industrial digitalisation", DisagreementOnly: true, Longlist: LonglistVerdict.Longlisted).Apply(Rows));
        Assert.Empty(new RankingFilter(TechnologySlug: "batteries", CountryCode: "JPN").Apply(Rows));
        Assert.False(new RankingFilter(CountryCode: "CHN").IsEmpty);
    }
}
