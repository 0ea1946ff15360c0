namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// The card's part in keeping unsaved entries across a restart of the portal: everything not yet saved, the text
/// being typed included, is in the page's <see cref="UnsavedDrafts"/>; a card that finds its entries there when it
/// starts shows them and saves them once the page is live.
/// </summary>
public sealed partial class CriterionCard
{
    /// <summary>The page's unsaved entries, which this card keeps up to date for its criterion.</summary>
    [Microsoft.AspNetCore.Components.Parameter, Microsoft.AspNetCore.Components.EditorRequired]
    public UnsavedDrafts Unsaved { get; set; } = null!;

    /// <summary>Text typed that the field has not handed over yet (it waits for typing to pause).</summary>
    private string? _typedNote;
    private string? _typedSources;
    private bool _saveTakenBack;

    private string CardKey => UnsavedDrafts.CardKey(Pair, Sheet.Code);

    private void NoteTyped(string? text)
    {
        _typedNote = text == _draft.Note ? null : text;
        KeepUnsaved();
    }

    private void SourcesTyped(string? text)
    {
        _typedSources = text == _draft.Sources ? null : text;
        KeepUnsaved();
    }

    private void KeepUnsaved()
    {
        if (!_dirty && _typedNote is null && _typedSources is null)
        {
            Unsaved.Forget(CardKey);
            return;
        }
        Unsaved.Keep(CardKey, new UnsavedCriterion(_draft.Choice, _draft.Confidence, [.. _draft.Questions.Order()],
            _typedNote ?? _draft.Note, _typedSources ?? _draft.Sources, _draft.Version, _draftBasedOn));
    }

    /// <summary>Entries this card held before the portal restarted replace the stored score's until they are saved.</summary>
    private bool TakeBackUnsaved()
    {
        if (Unsaved.Find(CardKey) is not { } kept)
        {
            return false;
        }
        if (kept.SameAs(CriterionDraft.From(Sheet.Mine)))
        {
            Unsaved.Forget(CardKey);
            return false;
        }
        _loaded = true;
        _draft = kept.ToDraft();
        _draftBasedOn = kept.BasedOn;
        _dirty = true;
        _saveTakenBack = true;
        (_state, _status) = (SaveState.Pending, "Not saved yet");
        return true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_saveTakenBack && RendererInfo.IsInteractive)
        {
            _saveTakenBack = false;
            await SaveAsync(CancellationToken.None);
        }
    }
}
