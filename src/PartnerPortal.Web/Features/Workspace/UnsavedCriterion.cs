using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// A criterion card's entries that no save has taken yet, including text still being typed (the note and the
/// sources save only once typing pauses). Kept in the page's persistent state so a restart of the portal loses none of it.
/// </summary>
public sealed record UnsavedCriterion(string? Choice, Confidence Confidence, int[] Questions, string? Note, string? Sources, uint? Version, uint? BasedOn)
{
    public CriterionDraft ToDraft()
    {
        var draft = new CriterionDraft { Choice = Choice, Confidence = Confidence, Note = Note, Sources = Sources, Version = Version };
        draft.Questions.UnionWith(Questions);
        return draft;
    }
}
