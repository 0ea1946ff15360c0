using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Workspace;

namespace PartnerPortal.Web.Features.Workspace;

public sealed partial class CriterionCard : IDisposable
{
    /// <summary>How long the scale waits for the choice to settle: arrow keys pass over values quicker than this.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(700);

    [Inject] private CriterionSaver Saver { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Parameter, EditorRequired] public PairKey Pair { get; set; } = null!;
    [Parameter, EditorRequired] public CriterionSheet Sheet { get; set; } = null!;
    [Parameter] public bool Editable { get; set; }

    /// <summary>
    /// Fields open only once the circuit runs: anything typed into the prerendered page before that would be
    /// replaced when the page comes alive.
    /// </summary>
    private bool CanEdit => Editable && RendererInfo.IsInteractive;

    /// <summary>Told after every save that went through, so the page can count and reveal.</summary>
    [Parameter] public EventCallback<CriterionSaveOutcome> Saved { get; set; }

    private bool _loaded;
    private CriterionDraft _draft = new();
    private uint? _draftBasedOn;
    private bool _dirty;
    private SaveState _state;
    private string _status = "";
    private IReadOnlyDictionary<string, string> _problems = new Dictionary<string, string>();
    private readonly SemaphoreSlim _saving = new(1, 1);
    private CancellationTokenSource? _settling;
    private IReadOnlyList<Infrastructure.Contradictions.DataContradiction> _contradictions = [];

    private enum SaveState { NotScored, Pending, Saving, Saved, Error }

    protected override void OnParametersSet()
    {
        // A newer stored score (another tab, or this card's own save coming back through the page) replaces the
        // draft only when the person has nothing unsaved in it.
        if (!_loaded && TakeBackUnsaved())
        {
            return;
        }
        if (!_loaded || (!_dirty && _state != SaveState.Saving && Sheet.Mine?.Version != _draftBasedOn))
        {
            _loaded = true;
            _draft = CriterionDraft.From(Sheet.Mine);
            _draftBasedOn = Sheet.Mine?.Version;
            (_state, _status) = Sheet.Mine is null
                ? (SaveState.NotScored, "Not scored yet")
                : (SaveState.Saved, CriterionSaveOutcome.SavedAt(Sheet.Mine.UpdatedAt));
        }
    }

    private string StatusIcon => _state switch
    {
        SaveState.Saved => Icons.Material.Filled.CheckCircle,
        SaveState.Error => Icons.Material.Filled.ErrorOutline,
        SaveState.Saving or SaveState.Pending => Icons.Material.Filled.Sync,
        _ => Icons.Material.Outlined.Circle,
    };

    private Task TickAsync(int question, bool ticked)
    {
        if (!(ticked ? _draft.Questions.Add(question) : _draft.Questions.Remove(question)))
        {
            return Task.CompletedTask;
        }
        return ChangedAsync();
    }

    private Task ChooseAsync(string? choice)
    {
        _draft.Choice = choice;
        _contradictions = [];
        _dirty = true;
        KeepUnsaved();
        (_state, _status) = (SaveState.Pending, "Not saved yet");
        _settling?.Cancel();
        _settling = new CancellationTokenSource();
        var token = _settling.Token;
        _ = Task.Delay(SettleTime, token).ContinueWith(_ => InvokeAsync(() => SaveAsync(token)), token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    /// <summary>The select's value is a name of <see cref="Confidence"/>; anything else (a tampered page) changes nothing.</summary>
    private Task ConfidenceChosenAsync(ChangeEventArgs change)
    {
        if (!Enum.TryParse<Confidence>(change.Value as string, ignoreCase: false, out var confidence) || !Enum.IsDefined(confidence))
        {
            return Task.CompletedTask;
        }
        _draft.Confidence = confidence;
        return ChangedAsync();
    }

    private Task NoteAsync(string? note)
    {
        _draft.Note = note;
        _typedNote = null;
        return ChangedAsync();
    }

    private Task SourcesAsync(string? sources)
    {
        _draft.Sources = sources;
        _typedSources = null;
        return ChangedAsync();
    }

    private Task ChangedAsync()
    {
        _dirty = true;
        KeepUnsaved();
        _settling?.Cancel();
        return SaveAsync(CancellationToken.None);
    }

    private async Task SaveAsync(CancellationToken settled)
    {
        if (settled.IsCancellationRequested)
        {
            return;
        }
        if (_draft.Choice is null)
        {
            // Nothing to save without a score; what was typed stays in the card until one is chosen.
            (_state, _status) = (SaveState.Pending, "Choose a score, or insufficient evidence, to save");
            StateHasChanged();
            return;
        }
        await _saving.WaitAsync();
        try
        {
            string? reason = null;
            if (NeedsReason())
            {
                reason = await AskWhyAsync();
                if (reason is null)
                {
                    // Cancelled: the saved value comes back and nothing is stored.
                    _draft.Choice = CriterionDraft.From(Sheet.Mine).Choice;
                    (_state, _status) = (SaveState.Saved, "Revision cancelled; your saved score stands");
                    return;
                }
            }
            (_state, _status) = (SaveState.Saving, "Saving…");
            StateHasChanged();
            var outcome = await Saver.SaveAsync(_draft.ToInput(Pair.RoundSlug, Pair.CountryCode, Pair.TechnologySlug, Sheet.Code, Pair.AnalystId, reason));
            _problems = outcome.FieldErrors ?? new Dictionary<string, string>();
            _status = outcome.Message;
            if (outcome.IsError)
            {
                _state = SaveState.Error;
                Snackbar.Add($"{Sheet.Name}: {outcome.Message}", Severity.Error);
                if (outcome.IsConflict)
                {
                    _dirty = false;
                    _draft = CriterionDraft.From(outcome.Score);
                    _draftBasedOn = outcome.Score?.Version;
                }
                return;
            }
            _state = SaveState.Saved;
            _dirty = false;
            _contradictions = outcome.Contradictions ?? [];
            _draft.Version = outcome.Score!.Version;
            _draftBasedOn = outcome.Score.Version;
            await Saved.InvokeAsync(outcome);
        }
        finally
        {
            KeepUnsaved();
            _saving.Release();
            StateHasChanged();
        }
    }

    /// <summary>Once the group's scores are in view, a changed value needs a reason (the recorder refuses it otherwise).</summary>
    private bool NeedsReason() => Sheet.Group is not null && Sheet.Mine is { } saved && saved.Value != _draft.Value;

    private async Task<string?> AskWhyAsync()
    {
        var parameters = new DialogParameters<ReviseScoreDialog>
        {
            { d => d.CriterionName, Sheet.Name },
            { d => d.From, Describe(Sheet.Mine?.Value) },
            { d => d.To, Describe(_draft.Value) },
        };
        var dialog = await Dialogs.ShowAsync<ReviseScoreDialog>($"Why revise {Sheet.Name}?", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string reason } ? reason : null;
    }

    private static string Describe(byte? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "insufficient evidence";

    public void Dispose()
    {
        _settling?.Cancel();
        _settling?.Dispose();
        // _saving is not disposed: a save under way when the page goes (or its circuit pauses for a restart)
        // still releases it; a SemaphoreSlim without a wait handle holds nothing to free.
    }
}
