namespace PartnerPortal.Web.Features.Weights;

/// <summary>What a manager does when someone else saved the weights first.</summary>
public enum WeightsConflictChoice
{
    /// <summary>Closed the dialog: their weights stand, the draft stays in the form unsaved.</summary>
    KeepEditing,

    /// <summary>Drop the draft and start again from what is saved now.</summary>
    Theirs,

    /// <summary>Save the draft over theirs, now that it has been seen.</summary>
    Mine,
}
