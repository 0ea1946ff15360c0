using PartnerPortal.Domain.Countries;

namespace PartnerPortal.Domain.Shortlisting;

/// <summary>A partner proposed for a shortlisted technology, and the portfolio manager's decision on it.</summary>
public class ShortlistPartner
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public int ShortlistEntryId { get; set; }
    public int Position { get; set; }
    public int CountryId { get; set; }
    public Country? Country { get; set; }

    /// <summary>Narrows a grouping to named members, as in the study's "the EU (France, Germany)".</summary>
    public string? Qualifier { get; set; }
    public ShortlistDecision Decision { get; set; }
    public required string DecisionRationale { get; set; }

    /// <summary>How the home country would capture value from this opportunity (Table 7.1).</summary>
    public ValueCapturePathway ValueCapture { get; set; }

    /// <summary>The instruments suggested for it (joint R&amp;D funding, joint centres, missions…), by id.</summary>
    public int[] InstrumentIds { get; set; } = [];
    public List<PrincipleAssessment> Principles { get; set; } = [];

    public string StudyName(bool startOfSentence) =>
        (startOfSentence ? Country!.StudyTitle : Country!.StudyName)
        + (string.IsNullOrEmpty(Qualifier) ? "" : $" ({Qualifier})");
}
