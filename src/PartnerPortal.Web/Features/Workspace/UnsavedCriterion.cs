using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// A criterion card's entries that no save has taken yet, including text still being typed (the note and the
/// sources save only once typing pauses). Kept in the page's persistent state so a restart of the portal loses none of it.
/// </summary>
public sealed record UnsavedCriterion(string? Choice, Confidence Confidence, int[] Questions, string? Note, string? Sources, uint? Version, uint? BasedOn)
{
    /// <summary>
    /// True when the stored score already holds these entries: a save that was under way when the circuit paused
    /// (leaving the page moves the focus, and the field saves on blur) committed after the entries were kept.
    /// </summary>
    public bool SameAs(CriterionDraft stored) =>
        Choice == stored.Choice && Confidence == stored.Confidence && stored.Questions.SetEquals(Questions)
        && (Note ?? "") == (stored.Note ?? "") && (Sources ?? "") == (stored.Sources ?? "");

    public CriterionDraft ToDraft()
    {
        var draft = new CriterionDraft { Choice = Choice, Confidence = Confidence, Note = Note, Sources = Sources, Version = Version };
        draft.Questions.UnionWith(Questions);
        return draft;
    }
}
