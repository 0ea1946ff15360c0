using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Countries;
using PartnerPortal.Infrastructure.Framework;
using PartnerPortal.Infrastructure.Technologies;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Rounds;

/// <summary>
/// The study round is published: the portal's start-up gives it its snapshot (ADR-007), and from then on what it
/// serves of the round does not move when admins rename what the round shares with others.
/// </summary>
public class PublishedRoundOutputsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] Outputs =
    [
        $"/rounds/{Study.RoundSlug}/print",
        .. from table in new[] { "longlist", "shortlist" } from format in new[] { "csv", "json", "xlsx" } select $"/rounds/{Study.RoundSlug}/export/{table}.{format}",
        $"/rounds/{Study.RoundSlug}/export/ranking.csv", $"/rounds/{Study.RoundSlug}/export/ranking.xlsx", $"/rounds/{Study.RoundSlug}/export/report.docx",
    ];

    [Fact]
    public async Task The_study_rounds_print_page_and_every_export_are_byte_identical_after_its_countries_technologies_and_criteria_are_renamed()
    {
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        var before = await FetchAsync(manager);

        var countries = portal.Services.GetRequiredService<CountryEditor>();
        var japan = (await countries.ReadAsync("JPN"))!;
        Assert.Null(await countries.SaveAsync(japan with { Name = "Nippon", StudyName = "Nippon" }));
        var technologies = portal.Services.GetRequiredService<TechnologyEditor>();
        var batteries = (await technologies.ReadAsync("batteries"))!;
        Assert.Null(await technologies.SaveAsync(batteries with { Name = "Lithium batteries", GroupLetter = "H" }));
        var groups = portal.Services.GetRequiredService<TechGroupEditor>();
        var netZero = (await groups.ReadAsync()).Themes.Single(t => t.Code == "net-zero");
        Assert.True(await groups.SaveThemeAsync(netZero.Code, "Net zero (renamed)", "Batteries first", "Net zero (renamed)", netZero.Version));
        var criteria = portal.Services.GetRequiredService<CriterionEditor>();
        var rie = (await criteria.ReadAsync("rie"))!;
        Assert.Null(await criteria.SaveAsync(rie with { Name = "Excellence (revised)", Questions = ["Which labs lead?", .. rie.Questions.Skip(1)] }));
        var after = await FetchAsync(manager);

        foreach (var path in Outputs)
        {
            Assert.True(before[path].SequenceEqual(after[path]), $"{path} changed after the round was published: {FirstDifference(before[path], after[path])}");
        }
        Assert.Contains("Japan", System.Text.Encoding.UTF8.GetString(after[Outputs[0]]));
        // The renames took: pages about the shared data itself show them.
        Assert.Contains("Nippon", await manager.GetStringAsync("/countries"));
    }

    /// <summary>
    /// Blazor appends its components' persisted state to every page it renders, encrypted afresh each time (a
    /// comment after the closing html tag); it is not what the page shows, so the comparison leaves it out.
    /// </summary>
    private static byte[] WithoutCircuitState(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        var state = text.IndexOf("<!--Blazor-Server-Component-State:", StringComparison.Ordinal);
        return state < 0 ? body : System.Text.Encoding.UTF8.GetBytes(text[..state]);
    }

    /// <summary>Where two answers part, as text around the first differing byte, so a failure says what moved.</summary>
    private static string FirstDifference(byte[] before, byte[] after)
    {
        var at = 0;
        while (at < before.Length && at < after.Length && before[at] == after[at])
        {
            at++;
        }
        string Around(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes, Math.Max(0, at - 80), Math.Min(bytes.Length, at + 80) - Math.Max(0, at - 80));
        return $"at byte {at}: before «{Around(before)}», after «{Around(after)}»";
    }

    private static async Task<Dictionary<string, byte[]>> FetchAsync(HttpClient client)
    {
        var bodies = new Dictionary<string, byte[]>();
        foreach (var path in Outputs)
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            bodies[path] = WithoutCircuitState(await response.Content.ReadAsByteArrayAsync());
        }
        return bodies;
    }
}
