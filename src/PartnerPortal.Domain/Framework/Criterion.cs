namespace PartnerPortal.Domain.Framework;

/// <summary>A prioritisation criterion analysts score pairs against (study Table 2.2).</summary>
public class Criterion
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public required string Code { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public CriterionCategory Category { get; set; }
    public required string Definition { get; set; }
    public List<GuidingQuestion> GuidingQuestions { get; set; } = [];

    /// <summary>The anchored scale: one description per level, 1 to 5.</summary>
    public List<ScaleLevel> ScaleLevels { get; set; } = [];
}
