using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Web.Features.ResearchSecurity;

namespace PartnerPortal.Web.Features.Shortlisting;

public partial class ProposalPage
{
    [Parameter] public string Slug { get; set; } = "";

    private RoundAnalysis? _analysis;
    private IReadOnlyList<ProposalRow> _proposed = [];
    private IReadOnlyList<OtherDecisionRow> _others = [];
    private IReadOnlyList<(string Slug, string Name)> _technologies = [];
    private Dictionary<string, string> _partners = [];
    private Dictionary<string, string> _countryNames = [];
    private Dictionary<int, Domain.Scoring.PairSensitivity>? _sensitivity;
    private IReadOnlyList<SensitivityRow>? _sensitivityRows;
    private PortfolioBalance _balance = PortfolioBalance.Of([]);
    private SaveConflict<PairDecision>? _conflict;
    private string? _error;

    /// <summary>The pair an acceptance was refused for until it has a mitigation plan, and the save to try again once it has.</summary>
    private (string Name, string CountryCode, string TechnologySlug, Func<Task<SaveConflict<PairDecision>?>> Retry)? _needsPlan;
    private bool _testing;

    private bool ReadOnly => _analysis?.Round.IsPublished != false || !RendererInfo.IsInteractive;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            await LoadAsync();
        }
        catch (RoundNotFoundException)
        {
            Navigation.NotFound();
        }
    }

    private async Task LoadAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _analysis = await Analyzer.AnalyseAsync(Slug, RoundViewer.From(user));
        var a = _analysis;
        var decisions = await Decisions.ReadAsync(Slug);
        _balance = await Shortlist.BalanceAsync(a.Round.Id, a.Visibility);
        var countries = await CountryDirectory.ListAsync();
        _countryNames = countries.ToDictionary(c => c.Code, c => c.Name);
        _partners = countries.Where(c => c.Id != a.Round.HomeCountryId).ToDictionary(c => c.Code, c => c.Name);
        _technologies = [.. a.Technologies.Select(t => (t.Slug, t.Name))];
        PairDecision? DecisionOf(PairKey key) => decisions.FirstOrDefault(d => d.CountryCode == key.CountryCode && d.TechnologySlug == key.TechnologySlug && d.Qualifier is null);
        _proposed = [.. a.Proposal.Pairs
            .Select(p => (Proposed: p, Country: a.CountryOf(p.Candidate.Pair), Technology: a.TechnologyOf(p.Candidate.Pair)))
            .OrderBy(p => p.Technology.Name).ThenByDescending(p => p.Proposed.Candidate.Score)
            .Select(p => new ProposalRow(p.Country.Code, p.Country.Name, p.Country.IsEmerging, p.Technology.Slug, p.Technology.Name, p.Technology.Theme,
                p.Proposed.Candidate.Score, a.RanksInTechnology[p.Proposed.Candidate.Pair], p.Proposed.Reason,
                DecisionOf(a.KeyOf(p.Proposed.Candidate.Pair)), _sensitivity?.GetValueOrDefault(p.Proposed.Candidate.Pair),
                a.ScreeningOf(p.Proposed.Candidate.Pair)))];
        var proposedKeys = a.Proposal.Pairs.Select(p => a.KeyOf(p.Candidate.Pair)).ToHashSet();
        _others = [.. decisions
            .Where(d => d.Qualifier is not null || !proposedKeys.Contains(new(d.CountryCode, d.TechnologySlug)))
            .Select(d => new OtherDecisionRow(
                a.Technologies.FirstOrDefault(t => t.Slug == d.TechnologySlug)?.Name ?? d.TechnologySlug,
                _countryNames.GetValueOrDefault(d.CountryCode, d.CountryCode) + (d.Qualifier is null ? "" : $" ({d.Qualifier})"),
                a.FindPair(d.CountryCode, d.TechnologySlug) is { } pair && a.IsLonglisted(pair),
                d))
            .OrderBy(r => r.TechnologyName).ThenBy(r => r.PartnerName)];
    }

    private async Task TestRobustnessAsync()
    {
        _testing = true;
        StateHasChanged();
        var a = _analysis!;
        // Thousands of draws: off the circuit's thread, so the spinner shows and other events are not held up.
        var results = await Task.Run(a.Sensitivity);
        var proposed = a.Proposal.Pairs.Select(p => p.Candidate.Pair).ToHashSet();
        _sensitivity = results.ToDictionary(s => s.Pair);
        _sensitivityRows = [.. results
            .Select(s => new SensitivityRow($"{a.CountryOf(s.Pair).Name} – {a.TechnologyOf(s.Pair).Name}", a.CountryOf(s.Pair).Code, a.TechnologyOf(s.Pair).Slug,
                proposed.Contains(s.Pair), s.ProbabilityInProposal, s.RankPercentile5, s.RankPercentile95))
            .OrderByDescending(r => r.Kept).ThenBy(r => r.RankLow)];
        _testing = false;
        await LoadAsync();
    }

    private Task DecideAsync(IReadOnlyList<ProposalRow> rows) =>
        rows.Count == 0 ? Task.CompletedTask
            : DecideAsync([.. rows.Select(r => r.Name)], [.. rows.Select(r => r.Target)], rows.Count == 1 ? rows[0].Decision : null);

    private Task DecideAsync(OtherDecisionRow row) =>
        DecideAsync([row.Name], [new DecisionTarget(row.Decision.CountryCode, row.Decision.TechnologySlug, row.Decision.Version)], row.Decision);

    /// <param name="current">The decision to pre-select: the pair's own when there is one pair, none for several.</param>
    private async Task DecideAsync(IReadOnlyList<string> names, IReadOnlyList<DecisionTarget> targets, PairDecision? current)
    {
        var parameters = new DialogParameters<DecisionDialog>
        {
            { d => d.Pairs, names },
            { d => d.Current, current?.Decision },
            { d => d.CurrentRationale, current?.Rationale },
        };
        var dialog = await Dialogs.ShowAsync<DecisionDialog>("Decision", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: DecisionChoice choice })
        {
            return;
        }
        var saved = await SaveAsync(() => Decisions.DecideAllAsync(Slug, targets, choice.Decision, choice.Rationale));
        if (saved)
        {
            Snackbar.Add(targets.Count == 1 ? $"Decision recorded: {DecisionBadge.LabelOf(choice.Decision).ToLowerInvariant()}." : $"{DecisionBadge.LabelOf(choice.Decision)}: {targets.Count} pairs.", Severity.Success);
        }
    }

    private async Task<bool> AddAsync(AddPartnerForm.Addition addition)
    {
        var existing = (await Decisions.ReadAsync(Slug)).FirstOrDefault(d => d.CountryCode == addition.CountryCode && d.TechnologySlug == addition.TechnologySlug && d.Qualifier is null);
        var saved = await SaveAsync(() => Decisions.DecideAsync(Slug, addition.CountryCode, addition.TechnologySlug, ShortlistDecision.Accepted, addition.Rationale, existing?.Version));
        if (saved)
        {
            Snackbar.Add("Partner added to the shortlist.", Severity.Success);
        }
        return saved;
    }

    private async Task<bool> SaveAsync(Func<Task<SaveConflict<PairDecision>?>> save)
    {
        (_conflict, _error, _needsPlan) = (null, null, null);
        try
        {
            _conflict = await save();
        }
        catch (Exception e) when (e is ShortlistDecisionException or RoundClosedException)
        {
            _error = e.Message;
            if (e is ShortlistDecisionException { PairNeedingPlan: var (countryCode, technologySlug) })
            {
                _needsPlan = (NameOf(countryCode, technologySlug), countryCode, technologySlug, save);
            }
        }
        await LoadAsync();
        // An addition comes from the form's own event, which re-renders only the form.
        StateHasChanged();
        return _conflict is null && _error is null;
    }

    /// <summary>The refused acceptance's pair gets its plan; once saved, the same decision is recorded again (and refused again while the plan is incomplete).</summary>
    private async Task WritePlanAsync()
    {
        if (_needsPlan is not { } waiting || !await ScreeningReviews.OpenAsync(Dialogs, Slug, waiting.CountryCode, waiting.TechnologySlug, waiting.Name))
        {
            return;
        }
        if (await SaveAsync(waiting.Retry))
        {
            Snackbar.Add($"Mitigation plan saved and the decision on {waiting.Name} recorded.", Severity.Success);
        }
    }

    private async Task ReviewAsync(ProposalRow row)
    {
        if (!await ScreeningReviews.OpenAsync(Dialogs, Slug, row.CountryCode, row.TechnologySlug, row.Name))
        {
            return;
        }
        Snackbar.Add($"Screening review of {row.Name} saved.", Severity.Success);
        await LoadAsync();
    }

    private string NameOf(PairDecision decision) => NameOf(decision.CountryCode, decision.TechnologySlug);

    private string NameOf(string countryCode, string technologySlug) =>
        $"{_countryNames.GetValueOrDefault(countryCode, countryCode)} – {_technologies.FirstOrDefault(t => t.Slug == technologySlug).Name ?? technologySlug}";

    private static RenderFragment Figure(int value) => builder => builder.AddContent(0, value.ToString("N0"));
}
