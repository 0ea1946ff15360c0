using System.Diagnostics;
using PartnerPortal.LoadTest.Circuits;

namespace PartnerPortal.LoadTest;

/// <summary>
/// The analyst's pair page (/rounds/{slug}/score/{country}/{technology}) as seen through its circuit: the criterion
/// cards by the ids the browser test uses (score-{code}-{level}, note-{code}, status-{code}), and how long each
/// action takes to show its effect.
/// </summary>
public static class ScorePairPage
{
    public static string Path(string round, string country, string technology) =>
        $"/rounds/{Uri.EscapeDataString(round)}/score/{Uri.EscapeDataString(country)}/{Uri.EscapeDataString(technology)}";

    /// <summary>The page is live: every card's scale has its change handler (the prerendered cards have none).</summary>
    public static bool IsLive(RenderedTree tree) =>
        Criteria(tree) is { Count: > 0 } criteria && criteria.All(c => tree.ById($"score-{c}-1") is { } input && tree.Handler(input, "change") is not null);

    /// <summary>The criteria codes of the cards on the page, in order.</summary>
    public static List<string> Criteria(RenderedTree tree) =>
        [.. tree.Elements().Select(e => e.Id).OfType<string>().Where(id => id.StartsWith("status-", StringComparison.Ordinal)).Select(id => id["status-".Length..])];

    /// <summary>The page title (the pair's names), which tells one pair's page from the next.</summary>
    public static string Title(RenderedTree tree) => tree.Elements().FirstOrDefault(e => e.Name == "h1")?.TextContent().Trim() ?? "";

    /// <summary>Once the group's figures show, a changed score needs a reason in a dialog: such a pair is done.</summary>
    public static bool ShowsGroup(RenderedTree tree) =>
        tree.Elements().Any(e => e.Attributes.GetValueOrDefault("class")?.Contains("group-spread", StringComparison.Ordinal) == true);

    public static string? NextPairHref(RenderedTree tree) =>
        tree.Elements().FirstOrDefault(e => e.Name == "a" && e.Attributes.GetValueOrDefault("rel") == "next")?.Attributes.GetValueOrDefault("href");

    /// <summary>The level whose radio is checked, if any.</summary>
    public static int? Checked(RenderedTree tree, string criterion) =>
        Enumerable.Range(1, 5).Cast<int?>().FirstOrDefault(level => tree.ById($"score-{criterion}-{level}")?.Attributes.ContainsKey("checked") == true);

    /// <summary>
    /// Chooses a level of the scale (the radio's change event, as a click or an arrow key sends it). Returns when the click showed (the card says the choice is not saved yet) and
    /// when the save showed (the card says "Saved" again, after the scale's settle time).
    /// </summary>
    public static async Task<(TimeSpan Shown, TimeSpan Saved)> ChooseAsync(CircuitClient circuit, string criterion, int level)
    {
        var shown = circuit.WaitAsync(tree => tree.ById($"status-{criterion}")?.Attributes.GetValueOrDefault("class")?.Contains("save-pending", StringComparison.Ordinal) == true,
            $"the choice on {criterion} to show");
        var saved = SavedAgain(circuit, criterion);
        var started = Stopwatch.GetTimestamp();
        await circuit.DispatchAsync(tree => tree.ById($"score-{criterion}-{level}") is { } input && tree.Handler(input, "change") is { } found ? (found.HandlerId, null) : null,
            $"score-{criterion}-{level}", "change", new { value = level.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var shownAt = await shown;
        var savedAt = await saved;
        return (Stopwatch.GetElapsedTime(started, shownAt), Stopwatch.GetElapsedTime(started, savedAt));
    }

    /// <summary>Types a note at once (as a paste would); returns when the card says "Saved" after the note's debounce.</summary>
    public static async Task<TimeSpan> WriteNoteAsync(CircuitClient circuit, string criterion, string note)
    {
        var saved = SavedAgain(circuit, criterion);
        var started = Stopwatch.GetTimestamp();
        await circuit.DispatchAsync(tree => tree.ById($"note-{criterion}") is { } field && tree.Handler(field, "input") is { } found
            ? (found.HandlerId, found.Target.OwningComponentId) : null, $"note-{criterion}", "input", new { value = note }, note);
        return Stopwatch.GetElapsedTime(started, await saved);
    }

    /// <summary>
    /// Follows a link to another pair inside the circuit (the router intercepts it); returns when the new pair's cards
    /// are live.
    /// </summary>
    public static async Task<TimeSpan> NavigateAsync(CircuitClient circuit, string href)
    {
        var before = circuit.Read(Title);
        var arrived = circuit.WaitAsync(tree => Title(tree) != before && IsLive(tree), $"the pair at {href}");
        var started = Stopwatch.GetTimestamp();
        await circuit.NavigateAsync(href);
        try
        {
            return Stopwatch.GetElapsedTime(started, await arrived);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; the page shows '{circuit.Read(Title)}' (was '{before}'), live: {circuit.Read(IsLive)}", e);
        }
    }

    private static bool IsSaved(RenderedTree tree, string criterion) =>
        tree.ById($"status-{criterion}")?.Attributes.GetValueOrDefault("class")?.Contains("save-saved", StringComparison.Ordinal) == true;

    /// <summary>"Saved" after something else: a card saved a minute ago reads the same as one saved now.</summary>
    private static Task<long> SavedAgain(CircuitClient circuit, string criterion)
    {
        var changed = false;
        return circuit.WaitAsync(tree =>
        {
            var saved = IsSaved(tree, criterion);
            changed |= !saved;
            return changed && (saved || IsRefused(tree, criterion));
        }, $"{criterion} to be saved").ContinueWith(done =>
        {
            if (done.IsCompletedSuccessfully && circuit.Read(tree => IsRefused(tree, criterion)))
            {
                throw new InvalidOperationException($"the save of {criterion} was refused: {circuit.Read(tree => tree.ById($"status-{criterion}")?.TextContent().Trim())}");
            }
            return done;
        }, TaskScheduler.Default).Unwrap();
    }

    private static bool IsRefused(RenderedTree tree, string criterion) =>
        tree.ById($"status-{criterion}")?.Attributes.GetValueOrDefault("class")?.Contains("save-error", StringComparison.Ordinal) == true;
}
