namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>What the agency will do to cooperate safely on a high-level pair: the plan in words and the toolkit's measures it takes.</summary>
public sealed record MitigationPlan(string Text, MitigationMeasure Measures)
{
    /// <summary>A plan counts once it says something and takes at least one of the toolkit's measures.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Text) && Measures != MitigationMeasure.None;
}
