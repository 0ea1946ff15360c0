using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Domain.Rounds;

/// <summary>
/// One prioritisation exercise by one agency. The home country lives here, not in code, so the same
/// portal serves a UK agency, an EU programme or any national ministry. Every rule the scoring service
/// applies (longlist rule, ranking method, portfolio constraints, disagreement thresholds, sensitivity) is
/// a setting of the round, so two rounds can differ and a published round keeps the rules it was decided by.
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

    /// <summary>Generated and example rounds are not real exercises: they can be deleted until published.</summary>
    public RoundOrigin Origin { get; set; } = RoundOrigin.Manual;

    /// <summary>How many of the five longlisting requirements a pair must meet (the study: all five).</summary>
    public int LonglistRequiredCount { get; set; } = 5;

    /// <summary>A minimum 0–100 index for longlisting, if the round sets one (the study does not).</summary>
    public double? LonglistMinimumIndex { get; set; }

    public RankingMethod RankingMethod { get; set; } = RankingMethod.WeightedSum;
    public AhpMethod AhpMethod { get; set; } = AhpMethod.Eigenvector;

    /// <summary>When the criterion weights last changed; saving weights bumps the round's version, so two managers cannot overwrite each other's weights unseen.</summary>
    public DateTimeOffset? WeightsChangedAt { get; set; }

    public int MaxTechnologies { get; set; } = 16;
    public int MaxPartnersPerTechnology { get; set; } = 11;
    public int MaxOpportunitiesPerCountry { get; set; } = 11;
    public bool CoverEveryTheme { get; set; } = true;
    public bool RequireEmergingPartner { get; set; } = true;
    public int MinimumRegions { get; set; } = 3;

    public double DisagreementStandardDeviation { get; set; } = 1.0;
    public int DisagreementRange { get; set; } = 2;

    public int SensitivityDraws { get; set; } = 1000;
    public double SensitivityPerturbation { get; set; } = 0.20;
    public int SensitivitySeed { get; set; } = 1;

    /// <summary>The round's rule from technology sensitivity and country risk to a pair's screening level (<see cref="ScreeningMatrix.Code"/>).</summary>
    public string ScreeningRule { get; set; } = ScreeningMatrix.Default.Code;

    /// <summary>Whether a pair screened High needs a mitigation plan before it can be accepted.</summary>
    public bool RequireMitigationForHigh { get; set; }

    public HighLevelPairPolicy HighLevelPairs { get; set; } = HighLevelPairPolicy.Flag;

    public ScreeningMatrix Screening => ScreeningMatrix.Parse(ScreeningRule);

    public LonglistRule LonglistRule => new(LonglistRequiredCount, LonglistMinimumIndex);

    public PortfolioConstraints PortfolioConstraints => new(
        MaxTechnologies, MaxPartnersPerTechnology, MaxOpportunitiesPerCountry, CoverEveryTheme, RequireEmergingPartner, MinimumRegions);

    public DisagreementThresholds DisagreementThresholds => new(DisagreementStandardDeviation, DisagreementRange);

    public SensitivityOptions SensitivityOptions => new(SensitivityDraws, SensitivityPerturbation, SensitivitySeed);

    public bool IsPublished => Status == RoundStatus.Published;

    public List<RoundCountry> Countries { get; set; } = [];
    public List<RoundTechnology> Technologies { get; set; } = [];
    public List<RoundAnalyst> Analysts { get; set; } = [];

    /// <summary>A published round is the record of a decision: nothing in it may change afterwards.</summary>
    public void EnsureEditable()
    {
        if (IsPublished)
        {
            throw new RoundClosedException($"Round '{Slug}' was published on {PublishedOn:d MMMM yyyy} and can no longer change.");
        }
    }

    /// <summary>
    /// Moves the round one step along Draft → Scoring → Review → Published, or back from Review to Scoring
    /// when the review finds scoring must resume. Publishing dates the snapshot.
    /// </summary>
    public void MoveTo(RoundStatus target, DateOnly today)
    {
        EnsureEditable();
        var allowed = (Status, target) switch
        {
            (RoundStatus.Draft, RoundStatus.Scoring) => true,
            (RoundStatus.Scoring, RoundStatus.Review) => true,
            (RoundStatus.Review, RoundStatus.Scoring) => true,
            (RoundStatus.Review, RoundStatus.Published) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new RoundClosedException($"Round '{Slug}' is in {Status}; it cannot move to {target}. Rounds go Draft → Scoring → Review → Published.");
        }
        Status = target;
        PublishedOn = target == RoundStatus.Published ? today : PublishedOn;
    }

    /// <summary>
    /// A round can be deleted while it is a Draft, or at any stage before publication when it was generated or
    /// is the first run's example; a published round is the record of a decision and is never deleted.
    /// </summary>
    public void EnsureDeletable()
    {
        if (IsPublished)
        {
            throw new RoundClosedException($"Round '{Slug}' was published on {PublishedOn:d MMMM yyyy}: a published round is the record of a decision and can never be deleted.");
        }
        if (Status != RoundStatus.Draft && Origin == RoundOrigin.Manual)
        {
            throw new RoundClosedException($"Round '{Slug}' is in {Status}: only Draft rounds, and generated or example rounds, can be deleted.");
        }
    }

    /// <summary>Scores are given only while the round is open for scoring.</summary>
    public void EnsureScoringOpen()
    {
        EnsureEditable();
        if (Status != RoundStatus.Scoring)
        {
            throw new RoundClosedException($"Round '{Slug}' is in {Status}; scores can be saved only while it is in Scoring.");
        }
    }
}
