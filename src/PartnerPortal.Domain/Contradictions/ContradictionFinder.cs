using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Contradictions;

/// <summary>
/// Finds the scores that contradict the country data: every 4–5 where a linked indicator puts the country in its
/// weak quartile, and every 1–2 where one puts it in its strong quartile; one flag per score and contradicting
/// indicator. The evidence is indexed [country, criterion] in the sheet's order, null where the data says nothing.
/// </summary>
public static class ContradictionFinder
{
    public const byte HighFrom = 4;
    public const byte LowTo = 2;

    /// <summary>The round's flags counted per pair and per analyst, in one pass over the score sheet.</summary>
    public static ContradictionSummary Summarise(ScoreSheet sheet, CriterionEvidence?[,] evidence)
    {
        EnsureShaped(sheet, evidence);
        var perPair = new int[sheet.Pairs];
        var perAnalyst = new int[sheet.Analysts];
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
                var (againstHigh, againstLow) = (against.AgainstHighScores.Count, against.AgainstLowScores.Count);
                for (var technology = 0; technology < sheet.Technologies; technology++)
                {
                    var pair = ScoreSheet.PairOf(country, technology, sheet.Technologies);
                    var offset = (pair * sheet.Criteria + criterion) * analysts;
                    for (var analyst = 0; analyst < analysts; analyst++)
                    {
                        var flags = Contradicting(values[offset + analyst], againstHigh, againstLow);
                        perPair[pair] += flags;
                        perAnalyst[analyst] += flags;
                    }
                }
            }
        }
        return new ContradictionSummary(perPair, perAnalyst);
    }

    /// <summary>The flags of one pair, for its page and the note an analyst sees on saving.</summary>
    public static IReadOnlyList<ContradictionFlag> InPair(ScoreSheet sheet, CriterionEvidence?[,] evidence, int country, int technology)
    {
        EnsureShaped(sheet, evidence);
        var flags = new List<ContradictionFlag>();
        var pair = ScoreSheet.PairOf(country, technology, sheet.Technologies);
        for (var criterion = 0; criterion < sheet.Criteria; criterion++)
        {
            if (evidence[country, criterion] is not { } against)
            {
                continue;
            }
            for (var analyst = 0; analyst < sheet.Analysts; analyst++)
            {
                var score = sheet[pair, criterion, analyst];
                var contradicting = score >= HighFrom ? against.AgainstHighScores
                    : score is >= ScoreSheet.Lowest and <= LowTo ? against.AgainstLowScores
                    : [];
                flags.AddRange(contradicting.Select(standing => new ContradictionFlag(country, technology, criterion, analyst, score, standing)));
            }
        }
        return flags;
    }

    private static int Contradicting(byte score, int againstHigh, int againstLow) =>
        score >= HighFrom ? againstHigh : score is >= ScoreSheet.Lowest and <= LowTo ? againstLow : 0;

    private static void EnsureShaped(ScoreSheet sheet, CriterionEvidence?[,] evidence)
    {
        if (evidence.GetLength(0) != sheet.Countries || evidence.GetLength(1) != sheet.Criteria)
        {
            throw new ScoringInputException($"The evidence must be {sheet.Countries} countries × {sheet.Criteria} criteria, as the score sheet.");
        }
    }
}
