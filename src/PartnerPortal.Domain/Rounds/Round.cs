using PartnerPortal.Domain.Countries;

namespace PartnerPortal.Domain.Rounds;

/// <summary>
/// One prioritisation exercise by one agency. The home country lives here, not in code, so the same
/// portal serves a UK agency, an EU programme or any national ministry.
/// </summary>
public class Round
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Agency { get; set; }
    public int HomeCountryId { get; set; }
    public Country? HomeCountry { get; set; }
    public RoundStatus Status { get; set; }
    public required string Description { get; set; }
    public DateOnly? PublishedOn { get; set; }

    /// <summary>How many of the five longlisting requirements a pair must meet (the study: all five).</summary>
    public int LonglistRequiredCount { get; set; } = 5;

    /// <summary>A minimum 0–100 index for longlisting, if the round sets one (the study does not).</summary>
    public double? LonglistMinimumIndex { get; set; }

    public Scoring.RankingMethod RankingMethod { get; set; } = Scoring.RankingMethod.WeightedSum;

    public Longlisting.LonglistRule LonglistRule => new(LonglistRequiredCount, LonglistMinimumIndex);
    public List<RoundCountry> Countries { get; set; } = [];
    public List<RoundTechnology> Technologies { get; set; } = [];
}
