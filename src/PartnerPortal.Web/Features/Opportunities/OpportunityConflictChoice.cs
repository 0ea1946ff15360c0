namespace PartnerPortal.Web.Features.Opportunities;

/// <summary>What a manager does when someone else saved the opportunity first.</summary>
public enum OpportunityConflictChoice
{
    /// <summary>Closed the dialog: theirs is saved, the draft stays on the page unsaved.</summary>
    KeepEditing,

    /// <summary>Drop the draft and take what is saved now.</summary>
    Theirs,

    /// <summary>Save the draft over theirs, now that it has been seen.</summary>
    Mine,
}
