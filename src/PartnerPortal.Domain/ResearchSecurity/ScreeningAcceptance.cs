namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>Whether a pair may be accepted onto the shortlist given its screening and the round's requirement of a mitigation plan.</summary>
public static class ScreeningAcceptance
{
    /// <summary>The reason the pair cannot be accepted yet, or null when it can.</summary>
    public static string? RefusalFor(string pair, PairScreening screening, bool roundRequiresMitigation, MitigationPlan? plan)
    {
        if (!roundRequiresMitigation || screening.Level != ScreeningLevel.High || plan is { IsComplete: true })
        {
            return null;
        }
        // The explanation starts with the level ("High (…)"), so it is the sentence's level, not a second one in brackets.
        return $"{pair} is screened {screening.Explanation} for research security. This round requires a mitigation plan " +
            "— what will be done, and at least one of the toolkit's measures — before the pair can be accepted.";
    }
}
