using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Web.Components.Forms;

namespace PartnerPortal.Web.Features.ResearchSecurity;

public partial class ScreeningReviewDialog
{
    [Inject] private ScreeningReviewEditor Editor { get; set; } = null!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = null!;
    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = null!;

    [Parameter, EditorRequired] public string Slug { get; set; } = "";
    [Parameter, EditorRequired] public string CountryCode { get; set; } = "";
    [Parameter, EditorRequired] public string TechnologySlug { get; set; } = "";
    [Parameter, EditorRequired] public string PairName { get; set; } = "";

    private PairScreening? _screening;
    private uint? _expectedVersion;
    private ScreeningLevel? _override;
    private MitigationMeasure _measures;
    private readonly Dictionary<string, string> _texts = [];
    private Dictionary<string, string> _errors = [];
    private SaveConflict<ScreeningReview>? _conflict;
    private string? _refusal;
    private bool _busy;

    protected override async Task OnInitializedAsync()
    {
        var (screening, review) = await Editor.ReadAsync(Slug, CountryCode, TechnologySlug);
        _screening = screening;
        _expectedVersion = review?.Version;
        _override = review?.OverrideLevel;
        _measures = review?.MitigationMeasures ?? MitigationMeasure.None;
        _texts[nameof(ScreeningReviewInput.OverrideRationale)] = review?.OverrideRationale ?? "";
        _texts[nameof(ScreeningReviewInput.MitigationText)] = review?.MitigationText ?? "";
    }

    private void Toggle(MitigationMeasure measure, bool on) => _measures = on ? _measures | measure : _measures & ~measure;

    private async Task SaveAsync()
    {
        (_errors, _refusal) = ([], null);
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (!ActingPerson.RunsRounds(user))
        {
            _refusal = "Only portfolio managers and admins review a pair's screening.";
            return;
        }
        var input = new ScreeningReviewInput(_override, _override is null ? "" : _texts[nameof(ScreeningReviewInput.OverrideRationale)],
            _texts[nameof(ScreeningReviewInput.MitigationText)], _measures);
        _busy = true;
        try
        {
            using (AuditActing.As(ActingPerson.NameOf(user)))
            {
                var conflict = await Editor.SaveAsync(Slug, CountryCode, TechnologySlug, input, _expectedVersion);
                if (conflict is null)
                {
                    Dialog.Close(DialogResult.Ok(input));
                    return;
                }
                // Theirs is shown; saving again on its version replaces it, as the manager will then have seen it.
                (_conflict, _expectedVersion) = (conflict, conflict.Current.Version);
            }
        }
        catch (ScreeningReviewException e)
        {
            _errors[e.Field] = e.Message;
        }
        catch (RoundClosedException e)
        {
            _refusal = e.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private void Cancel() => Dialog.Cancel();

    /// <summary>A labelled text area with its error at the field.</summary>
    private RenderFragment Field(string field, string label, int lines, int maxLength, string? help = null) => builder =>
    {
        builder.OpenComponent<MudTextField<string>>(0);
        builder.AddComponentParameter(1, nameof(MudTextField<string>.Value), _texts.GetValueOrDefault(field, ""));
        builder.AddComponentParameter(2, nameof(MudTextField<string>.ValueChanged), EventCallback.Factory.Create<string>(this, v => _texts[field] = v ?? ""));
        builder.AddComponentParameter(3, nameof(MudTextField<string>.Label), label);
        builder.AddComponentParameter(4, nameof(MudTextField<string>.Lines), lines);
        builder.AddComponentParameter(5, nameof(MudTextField<string>.MaxLength), maxLength);
        builder.AddComponentParameter(6, nameof(MudTextField<string>.Variant), Variant.Outlined);
        builder.AddComponentParameter(7, nameof(MudTextField<string>.Immediate), true);
        builder.AddComponentParameter(8, nameof(MudTextField<string>.InputId), $"review-{field}");
        builder.AddComponentParameter(9, nameof(MudTextField<string>.Error), _errors.ContainsKey(field));
        builder.AddComponentParameter(10, nameof(MudTextField<string>.ErrorText), _errors.GetValueOrDefault(field));
        builder.AddComponentParameter(11, nameof(MudTextField<string>.ErrorId), $"review-{field}-error");
        builder.AddComponentParameter(12, nameof(MudTextField<string>.HelperText), help);
        builder.CloseComponent();
    };

    /// <summary>Another manager's review in words, so this one sees what they would replace.</summary>
    private static string Describe(ScreeningReview review)
    {
        var level = review.OverrideLevel is { } l ? $"level set to {l} (“{review.OverrideRationale}”)" : "no override";
        var measures = MitigationMeasureText.InSentence(review.MitigationMeasures);
        var plan = review.MitigationText.Length == 0 && measures.Count == 0 ? "no mitigation plan"
            : $"mitigation plan “{review.MitigationText}”{(measures.Count == 0 ? " with no measure" : $" with {string.Join(", ", measures)}")}";
        return $"{level}; {plan}";
    }
}
