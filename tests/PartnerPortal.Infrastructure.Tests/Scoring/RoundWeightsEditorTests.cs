using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Scoring;

public class RoundWeightsEditorTests : SeededStudyTests
{
    private RoundWeightsEditor Editor => Services.GetRequiredService<RoundWeightsEditor>();

    [Fact]
    public async Task Direct_weights_are_normalised_stored_and_audited_with_the_comment()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        var before = await Editor.ReadAsync("rebench", RoundViewer.Unrestricted);

        var conflict = await Editor.SetDirectAsync("rebench", [2, 2, 1, 1, 4], "Workshop of 3 March: feasibility counts double.", before.Version);

        Assert.Null(conflict);
        var after = await Editor.ReadAsync("rebench", RoundViewer.Unrestricted);
        Assert.Equal([0.2, 0.2, 0.1, 0.1, 0.4], after.Weights.Select(w => Math.Round(w, 12)));
        Assert.All(before.Weights, w => Assert.Equal(0.2, w, 12));
        await using var db = await ContextAsync();
        var entry = await db.AuditLog.SingleAsync(a => a.Action == "weights.set");
        Assert.Equal("Workshop of 3 March: feasibility counts double.", entry.Comment);
        Assert.Equal(0.4, JsonDocument.Parse(entry.NewValues!).RootElement.GetProperty("weights").GetProperty("feasibility").GetDouble());
        Assert.Equal(0.2, JsonDocument.Parse(entry.OldValues!).RootElement.GetProperty("feasibility").GetDouble());
    }

    [Fact]
    public async Task A_change_without_a_comment_or_with_bad_weights_is_refused_and_nothing_changes()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        var version = (await Editor.ReadAsync("rebench", RoundViewer.Unrestricted)).Version;

        var noComment = await Assert.ThrowsAsync<ScoringInputException>(() => Editor.SetDirectAsync("rebench", [1, 1, 1, 1, 2], " ", version));
        var negative = await Assert.ThrowsAsync<ScoringInputException>(() => Editor.SetDirectAsync("rebench", [1, -1, 1, 1, 2], "why", version));
        var tooFew = await Assert.ThrowsAsync<ScoringInputException>(() => Editor.SetDirectAsync("rebench", [1, 1], "why", version));

        Assert.Contains("comment is required", noComment.Message);
        Assert.Contains("zero or positive", negative.Message);
        Assert.Contains("5 criteria, 2 weights", tooFew.Message);
        await using var db = await ContextAsync();
        Assert.Empty(db.RoundCriterionWeights);
    }

    [Theory]
    [InlineData(1e308, 1e308, 1e308, 1e308, 1e308, "at most 1,000; 1E+308 is not")]
    [InlineData(1001, 1, 1, 1, 1, "at most 1,000; 1001 is not")]
    [InlineData(double.NaN, 1, 1, 1, 1, "NaN is not")]
    [InlineData(0, 0, 0, 0, 0, "must not all be zero")]
    public async Task Weights_no_round_could_use_are_refused_by_the_service_and_the_round_still_analyses(
        double rie, double economic, double challenges, double additionality, double feasibility, string why)
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        var version = (await Editor.ReadAsync("rebench", RoundViewer.Unrestricted)).Version;

        var refused = await Assert.ThrowsAsync<ScoringInputException>(() =>
            Editor.SetDirectAsync("rebench", [rie, economic, challenges, additionality, feasibility], "Workshop", version));

        Assert.Contains(why, refused.Message);
        await using var db = await ContextAsync();
        Assert.Empty(db.RoundCriterionWeights);
        var analysis = await Services.GetRequiredService<RoundAnalyzer>().AnalyseAsync("rebench", RoundViewer.Unrestricted);
        Assert.All(analysis.Weights, w => Assert.Equal(0.2, w, 12));
    }

    [Fact]
    public async Task The_largest_weights_allowed_are_stored_normalised()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");

        Assert.Null(await Editor.SetDirectAsync("rebench", [1000, 1000, 1000, 1000, 0], "Workshop", (await Editor.ReadAsync("rebench", RoundViewer.Unrestricted)).Version));

        await using var db = await ContextAsync();
        Assert.Equal([0, 0.25, 0.25, 0.25, 0.25], (await db.RoundCriterionWeights.Select(w => w.Weight).ToListAsync()).Order());
    }

    [Fact]
    public async Task A_second_manager_working_from_the_same_version_gets_the_first_managers_weights_back()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        var seen = await Editor.ReadAsync("rebench", RoundViewer.Unrestricted);

        Assert.Null(await Editor.SetDirectAsync("rebench", [5, 1, 1, 1, 1], "first", seen.Version));
        var conflict = await Editor.SetDirectAsync("rebench", [1, 1, 1, 1, 5], "second", seen.Version);

        Assert.NotNull(conflict);
        Assert.Equal(5.0 / 9, conflict.Current.Weights[0], 12);
        Assert.Equal(5.0 / 9, (await Editor.ReadAsync("rebench", RoundViewer.Unrestricted)).Weights[0], 12);
    }

    [Fact]
    public async Task A_refused_save_names_the_manager_who_saved_first_not_the_one_refused()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        var seen = await Editor.ReadAsync("rebench", RoundViewer.Unrestricted);
        RoundWeightsEditor As(string person) => new(Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(),
            new AuditTrail(new FixedAuditActor(person), TimeProvider.System), TimeProvider.System);

        Assert.Null(await As("first@example.org").SetDirectAsync("rebench", [5, 1, 1, 1, 1], "first", seen.Version));
        var conflict = await As("second@example.org").SetDirectAsync("rebench", [1, 1, 1, 1, 5], "second", seen.Version);

        Assert.Equal("first@example.org", conflict!.SavedBy);
        await using var db = await ContextAsync();
        Assert.False(await db.AuditLog.AnyAsync(a => a.Actor == "second@example.org"));
    }

    [Fact]
    public async Task Several_managers_matrices_combine_by_geometric_mean_into_the_rounds_weights()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        var (first, second) = (await AddManagerAsync("pm1@example.org"), await AddManagerAsync("pm2@example.org"));
        var a = Consistent([1, 2, 3, 4, 5]);
        var b = Consistent([5, 4, 3, 2, 1]);

        Assert.Null(await Editor.SaveJudgementsAsync("rebench", first, "pm1@example.org", a, AhpMethod.Eigenvector, "my view", (await Editor.ReadAsync("rebench", RoundViewer.Unrestricted)).Version));
        Assert.Null(await Editor.SaveJudgementsAsync("rebench", second, "pm2@example.org", b, AhpMethod.Eigenvector, "mine", (await Editor.ReadAsync("rebench", RoundViewer.Unrestricted)).Version));

        var weights = await Editor.ReadAsync("rebench", RoundViewer.Unrestricted);
        var expected = Ahp.Weigh(Ahp.AggregateJudgements([a, b])).Weights;
        Assert.Equal(2, weights.Judgements.Count);
        Assert.NotNull(weights.Group);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(expected[i], weights.Weights[i], 9);
        }
        // Two consistent matrices combine into the consistent matrix of the priorities' geometric means √(pᵢ·qᵢ).
        double[] combined = [.. new[] { 5.0, 8, 9, 8, 5 }.Select(Math.Sqrt)];
        Assert.Equal(combined.Select(c => Math.Round(c / combined.Sum(), 9)), weights.Weights.Select(w => Math.Round(w, 9)));
        Assert.True(weights.Group.IsAcceptablyConsistent);
    }

    [Fact]
    public async Task A_published_round_keeps_its_weights()
    {
        var version = (await Editor.ReadAsync(Study.RoundSlug, RoundViewer.Unrestricted)).Version;

        await Assert.ThrowsAsync<RoundClosedException>(() => Editor.SetDirectAsync(Study.RoundSlug, [1, 1, 1, 1, 2], "late change", version));
    }

    /// <summary>A perfectly consistent matrix from priorities: aᵢⱼ = pᵢ / pⱼ.</summary>
    private static double[,] Consistent(double[] priorities)
    {
        var matrix = new double[priorities.Length, priorities.Length];
        for (var i = 0; i < priorities.Length; i++)
        {
            for (var j = 0; j < priorities.Length; j++)
            {
                matrix[i, j] = priorities[i] / priorities[j];
            }
        }
        return matrix;
    }

    private async Task<string> AddManagerAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, [PortalRoles.PortfolioManager], "a long enough password 1")).Id;
    }
}
