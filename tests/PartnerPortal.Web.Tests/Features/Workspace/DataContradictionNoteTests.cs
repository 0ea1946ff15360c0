using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Workspace;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Workspace;

/// <summary>The note an analyst sees when a saved score sits against the country data (issue 19): shown, never blocking.</summary>
public class DataContradictionNoteTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private const string Round = "flags";

    [Fact]
    public async Task A_top_score_for_a_country_in_the_bottom_quarter_of_publications_is_saved_with_a_note_naming_the_figures()
    {
        var round = await Portal.EnsureStudyRoundCopyAsync(Round);
        var email = $"ana-{Guid.NewGuid():N}@example.org";
        SignIn(await StudyRoundCopy.AddAnalystAsync(Portal.Services, round, email, PortalFactory.Password), email, PortalRoles.Analyst);
        await PublicationsWhereChinaIsLastAsync();
        var page = Render<ScorePairPage>(p => p.Add(x => x.Slug, Round).Add(x => x.Country, "CHN").Add(x => x.Technology, "robotics"));
        page.WaitForElement("#score-rie-5", Patience);

        Check(page, "#score-rie-5");

        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#status-rie").TextContent), Patience);
        var note = page.Find("#criterion-rie .data-contradiction");
        var text = System.Text.RegularExpressions.Regex.Replace(note.TextContent, @"\s+", " ");
        Assert.Contains("You gave 5 for research and innovation excellence; China is in the bottom quarter for Scientific publications: 1,200 count, 2023, rank 8 of 8.", text);
        Assert.Contains("not this technology", text);
        Assert.NotNull(note.QuerySelector("a[href='/countries/CHN']"));

        Check(page, "#score-rie-3");
        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#status-rie").TextContent), Patience);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#criterion-rie .data-contradiction")), Patience);
        Assert.Empty(page.FindAll("#criterion-economic .data-contradiction"));
    }

    [Fact]
    public async Task A_manager_sees_the_pairs_screening_and_the_flag_on_the_pair_page()
    {
        var round = await Portal.EnsureStudyRoundCopyAsync(Round);
        var analyst = await StudyRoundCopy.AddAnalystAsync(Portal.Services, round, $"bo-{Guid.NewGuid():N}@example.org", PortalFactory.Password);
        await PublicationsWhereChinaIsLastAsync();
        var recorder = Portal.Services.GetRequiredService<Infrastructure.Scoring.ScoreRecorder>();
        string[] criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];
        foreach (var (criterion, value) in criteria.Zip(new byte[] { 5, 3, 3, 3, 3 }))
        {
            await recorder.SaveAsync(new Infrastructure.Scoring.ScoreInput(Round, "CHN", "quantum-systems-manufacturing", criterion, analyst, value, Domain.Scoring.Confidence.Medium, null, null, null));
        }
        // The analysis takes a save in within the cache's refresh interval: wait until it holds this one.
        var analyzer = Portal.Services.GetRequiredService<Infrastructure.Analysis.RoundAnalyzer>();
        for (var tries = 0; tries < 50; tries++)
        {
            var analysis = await analyzer.AnalyseAsync(Round, Infrastructure.Analysis.RoundViewer.Unrestricted);
            if (analysis.ContradictionsIn(analysis.FindPair("CHN", "quantum-systems-manufacturing")!.Value).Count > 0)
            {
                break;
            }
            await Task.Delay(200);
        }
        SignIn("manager-flags", "manager-flags@example.org", PortalRoles.PortfolioManager);

        var page = Render<PartnerPortal.Web.Features.Scoring.PairPage>(p => p.Add(x => x.Slug, Round).Add(x => x.Country, "CHN").Add(x => x.Technology, "quantum-systems-manufacturing"));

        page.WaitForAssertion(() => Assert.Contains("Screening: High", page.Find("#pair-screening").TextContent), Patience);
        Assert.Contains("country risk not yet assessed", page.Find("#pair-screening").TextContent);
        page.WaitForAssertion(() => Assert.Single(page.FindAll(".data-flags li")), Patience);
        var flag = System.Text.RegularExpressions.Regex.Replace(page.Find(".data-flags li").TextContent, @"\s+", " ");
        Assert.Contains("Research and innovation excellence: a score of 5 while China is in the bottom quarter for Scientific publications", flag);
    }

    private async Task PublicationsWhereChinaIsLastAsync()
    {
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        if (await db.IndicatorImports.AnyAsync(i => i.FileName == "publications.csv"))
        {
            return;
        }
        var import = new IndicatorImport { FileName = "publications.csv", Format = "csv", ImportedBy = "test", ImportedAt = DateTimeOffset.UtcNow };
        db.IndicatorImports.Add(import);
        await db.SaveChangesAsync();
        var publications = await db.Indicators.SingleAsync(i => i.Code == "PUB.COUNT");
        string[] codes = ["USA", "DEU", "JPN", "KOR", "FRA", "CAN", "AUS", "CHN"];
        var countries = await db.Countries.Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Id);
        db.IndicatorValues.AddRange(codes.Select((code, i) => new IndicatorValue
        {
            IndicatorId = publications.Id, CountryId = countries[code], Year = 2023, Value = code == "CHN" ? 1200 : 90_000 - i * 1000, ImportId = import.Id,
        }));
        await db.SaveChangesAsync();
    }
}
