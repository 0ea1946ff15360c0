namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// One analyst's judgement of one country–technology pair on one criterion in a round: a value on the
/// anchored 1–5 scale, or "insufficient evidence" (no value), with confidence and the evidence behind it.
/// </summary>
public class Score
{
    public long Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }

    public int RoundId { get; set; }
    public int CountryId { get; set; }
    public int TechnologyId { get; set; }
    public int CriterionId { get; set; }

    /// <summary>The analyst's account id; scores belong to the person who gave them.</summary>
    public required string AnalystId { get; set; }

    /// <summary>1–5, or null when the analyst records insufficient evidence.</summary>
    public byte? Value { get; set; }
    public Confidence Confidence { get; set; } = Confidence.Medium;
    public string? EvidenceNote { get; set; }

    /// <summary>Links to the sources the evidence note rests on, one per line.</summary>
    public string? Sources { get; set; }

    /// <summary>The criterion's guiding questions (by id) the analyst's evidence addresses.</summary>
    public int[] AddressedQuestionIds { get; set; } = [];

    /// <summary>Why the analyst changed the score after seeing the group's spread (Delphi revision), if they did.</summary>
    public string? RevisionComment { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsInsufficientEvidence => Value is null;
}
