using System.Globalization;

namespace PartnerPortal.Domain.Shortlisting;

/// <summary>
/// A pair the proposal puts forward, with what brought it in: the rule, its rank among the technology's
/// longlisted candidates, and why the technology itself was chosen — so a manager reads this pair's actual
/// reason, not a sentence every row shares.
/// </summary>
public sealed record ProposedPair(
    ShortlistCandidate Candidate, ProposalRule Rule, int RankInTechnology, int CandidatesInTechnology, TechnologyChoice TechnologyChosenAs)
{
    public string Reason
    {
        get
        {
            var standing = $"{Ordinal(RankInTechnology)} of {CandidatesInTechnology} longlisted partners for this technology (index {Candidate.Score.ToString("0.#", CultureInfo.InvariantCulture)})";
            var technology = TechnologyChosenAs == TechnologyChoice.BestOfItsTheme
                ? "the technology is its theme's best-scoring"
                : "the technology is among the best-scoring";
            return Rule switch
            {
                ProposalRule.EmergingPartner => $"Brought in by the emerging-partner rule: {standing}; {technology}.",
                ProposalRule.RegionSpread => $"Brought in by the world-regions rule: {standing}; {technology}.",
                _ => $"Ranked {standing}; {technology}.",
            };
        }
    }

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
