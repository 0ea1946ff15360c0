using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Contradictions;

/// <summary>Finds the scores that contradict the country data, in one pass over a round's score sheet.</summary>
public static class ContradictionFinder
{
    public const byte HighFrom = 4;
    public const byte LowTo = 2;

    /// <summary>
    /// Every score of 4–5 where a linked indicator puts the country in its weak quartile, and every 1–2 where one
    /// puts it in its strong quartile; one flag per score and contradicting indicator. <paramref name="evidence"/> is
    /// indexed [country, criterion] in the sheet's order; null where the data says nothing either way.
    /// </summary>
    public static IReadOnlyList<ContradictionFlag> Find(ScoreSheet sheet, CriterionEvidence?[,] evidence)
    {
        if (evidence.GetLength(0) != sheet.Countries || evidence.GetLength(1) != sheet.Criteria)
        {
            throw new ScoringInputException($"The evidence must be {sheet.Countries} countries × {sheet.Criteria} criteria, as the score sheet.");
        }
        var flags = new List<ContradictionFlag>();
        var values = sheet.Values;
        var analysts = sheet.Analysts;
        for (var country = 0; country < sheet.Countries; country++)
        {
            for (var criterion = 0; criterion < sheet.Criteria; criterion++)
            {
                if (evidence[country, criterion] is not { } against)
                {
                    continue;
                }
                for (var technology = 0; technology < sheet.Technologies; technology++)
                {
                    var offset = (ScoreSheet.PairOf(country, technology, sheet.Technologies) * sheet.Criteria + criterion) * analysts;
                    for (var analyst = 0; analyst < analysts; analyst++)
                    {
                        var score = values[offset + analyst];
                        var contradicting = score >= HighFrom ? against.AgainstHighScores
                            : score is >= ScoreSheet.Lowest and <= LowTo ? against.AgainstLowScores
                            : [];
                        foreach (var standing in contradicting)
                        {
                            flags.Add(new ContradictionFlag(country, technology, criterion, analyst, score, standing));
                        }
                    }
                }
            }
        }
        return flags;
    }
}
