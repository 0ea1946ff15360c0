using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.LoadTest;
using PartnerPortal.LoadTest.Circuits;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>
/// Pins the circuit protocol the load generator speaks (issue 17): a Blazor or MudBlazor release that changes the hub
/// protocol's name, the render batch format, the interop the renderer needs, the event dispatch or the ids the
/// analyst's page carries fails here, instead of the load test silently measuring nothing.
/// </summary>
public class CircuitClientTests(KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task A_headless_circuit_signs_in_scores_a_pair_and_sees_the_save_that_postgresql_holds()
    {
        var round = await portal.EnsureStudyRoundCopyAsync("circuit-client");
        var email = $"circuit-{Guid.NewGuid():N}@example.org";
        var analystId = await StudyRoundCopy.AddAnalystAsync(portal.Services, round, email, PortalFactory.Password);
        using var browser = new PortalBrowser(portal.Address);
        await browser.SignInAsync(email, PortalFactory.Password);

        var (circuit, firstRender) = await browser.OpenAsync(ScorePairPage.Path(round.Slug, "CHN", "batteries"));
        await using var _ = circuit;
        Assert.True(firstRender > TimeSpan.Zero);
        await circuit.WaitAsync(ScorePairPage.IsLive, "the pair page to come alive");
        var criterion = circuit.Read(ScorePairPage.Criteria)[0];
        var (shown, saved) = await ScorePairPage.ChooseAsync(circuit, criterion, 4);
        var noteSaved = await ScorePairPage.WriteNoteAsync(circuit, criterion, "Written through a headless circuit.");

        Assert.Null(circuit.Failure);
        Assert.True(shown < saved, $"the choice showed after {shown.TotalMilliseconds} ms, the save after {saved.TotalMilliseconds} ms");
        Assert.Equal(4, circuit.Read(tree => ScorePairPage.Checked(tree, criterion)));
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var stored = await db.Scores.SingleAsync(s => s.RoundId == round.Id && s.AnalystId == analystId
            && db.Countries.Any(c => c.Id == s.CountryId && c.Code == "CHN") && db.Technologies.Any(t => t.Id == s.TechnologyId && t.Slug == "batteries")
            && db.Criteria.Any(k => k.Id == s.CriterionId && k.Code == criterion));
        Assert.Equal((byte)4, stored.Value);
        Assert.Equal("Written through a headless circuit.", stored.EvidenceNote);
        Assert.True(noteSaved > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_headless_circuit_follows_the_link_to_the_next_pair_inside_the_circuit()
    {
        var round = await portal.EnsureStudyRoundCopyAsync("circuit-client");
        var email = $"circuit-{Guid.NewGuid():N}@example.org";
        await StudyRoundCopy.AddAnalystAsync(portal.Services, round, email, PortalFactory.Password);
        using var browser = new PortalBrowser(portal.Address);
        await browser.SignInAsync(email, PortalFactory.Password);

        var (circuit, _) = await browser.OpenAsync(ScorePairPage.Path(round.Slug, "CHN", "batteries"));
        await using var __ = circuit;
        await circuit.WaitAsync(ScorePairPage.IsLive, "the pair page to come alive");
        var (title, next) = circuit.Read(tree => (ScorePairPage.Title(tree), ScorePairPage.NextPairHref(tree)));
        Assert.NotNull(next);
        await ScorePairPage.NavigateAsync(circuit, next);

        Assert.Null(circuit.Failure);
        Assert.NotEqual(title, circuit.Read(ScorePairPage.Title));
        Assert.Contains("/score/", circuit.Read(tree => tree.Elements().First(e => e.Attributes.GetValueOrDefault("rel") == "prev").Attributes["href"]));
    }
}
