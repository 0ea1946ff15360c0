using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Infrastructure.Tests.Indicators;

public class CountryStatementsTests : SeededStudyTests
{
    private StatementRuleEditor Editor => Services.GetRequiredService<StatementRuleEditor>();
    private CountryStatements Statements => Services.GetRequiredService<CountryStatements>();

    private async Task ImportAsync(string tidy)
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("country,indicator,year,value\n" + tidy));
        var report = await Services.GetRequiredService<IndicatorImporter>().ImportAsync(file, "mva.csv", dryRun: false);
        Assert.True(report.Imported, string.Join("; ", report.Problems));
    }

    private async Task<int> CountryIdAsync(string code)
    {
        await using var db = await ContextAsync();
        return await db.Countries.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task A_top_rule_names_the_leading_countries_of_the_latest_year_enough_countries_reported_and_never_a_grouping()
    {
        await Editor.AddAsync(new StatementRuleInput("Leading manufacturing country", "NV.IND.MANF.CD", StatementRuleKind.Top, 2, 3, 0));
        var beforeImport = Assert.Single(await Statements.ApplyAllAsync(), o => o.Rule.Statement == "Leading manufacturing country");
        await ImportAsync("""
            CHN,NV.IND.MANF.CD,2021,4.9e12
            USA,NV.IND.MANF.CD,2021,2.5e12
            JPN,NV.IND.MANF.CD,2021,1.0e12
            DEU,NV.IND.MANF.CD,2021,0.8e12
            EU,NV.IND.MANF.CD,2021,2.6e12
            DEU,NV.IND.MANF.CD,2022,9.9e12
            """);

        var outcome = Assert.Single(await Statements.ApplyAllAsync(), o => o.Rule.Statement == "Leading manufacturing country");
        var china = await Statements.ForCountryAsync(await CountryIdAsync("CHN"));

        Assert.Null(beforeImport.Year); // remembered until the import, then recomputed
        Assert.Equal((2021, 4), (outcome.Year, outcome.CountriesReporting));
        Assert.Equal(["CHN", "USA"], outcome.Statements.Select(s => s.CountryCode));
        Assert.Contains("top 2 countries by Manufacturing, value added (current US$)", outcome.Description);
        var (_, statement) = Assert.Single(china);
        Assert.Equal((1, 4, 4.9e12), (statement.Rank, statement.Of, statement.Value));
        Assert.Empty(await Statements.ForCountryAsync(await CountryIdAsync("EU")));
    }

    [Fact]
    public async Task The_seeded_rules_need_twenty_countries_and_say_so_when_the_data_is_thinner()
    {
        await ImportAsync("CHN,NV.IND.MANF.CD,2021,4.9e12\n");

        var outcome = (await Statements.ApplyAllAsync()).Single(o => o.Rule.Indicator!.Code == "NV.IND.MANF.CD");

        Assert.Null(outcome.Year);
        Assert.Empty(outcome.Statements);
    }

    [Fact]
    public async Task A_rule_with_a_bad_number_or_no_statement_is_refused_with_a_message_per_field()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Editor.AddAsync(new StatementRuleInput(" ", "NV.IND.MANF.CD", StatementRuleKind.Top, 2.5, 0, 0)));

        Assert.Equal(["MinimumCountries", "Statement", "Threshold"], error.Errors.Select(e => e.PropertyName).Order());
        var unknown = await Assert.ThrowsAsync<ValidationException>(() =>
            Editor.AddAsync(new StatementRuleInput("Leading", "NO.SUCH", StatementRuleKind.Top, 2, 3, 0)));
        Assert.Contains("no indicator 'NO.SUCH'", unknown.Errors.Single().ErrorMessage);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_who_saved_first_and_a_stale_delete_keeps_the_rule()
    {
        var id = await Editor.AddAsync(new StatementRuleInput("Leading", "NV.IND.MANF.CD", StatementRuleKind.Top, 5, 3, 0));
        var read = (await Editor.FindAsync(id))!;

        Assert.Null(await Editor.SaveAsync(id, new StatementRuleInput("Leading manufacturer", "NV.IND.MANF.CD", StatementRuleKind.Top, 5, 3, read.Version)));
        var conflict = await Editor.SaveAsync(id, new StatementRuleInput("Top five", "NV.IND.MANF.CD", StatementRuleKind.Top, 5, 3, read.Version));
        var staleDelete = await Editor.DeleteAsync(id, read.Version);

        Assert.Equal("Leading manufacturer", conflict!.Current.Statement);
        Assert.NotNull(staleDelete);
        Assert.Null(await Editor.DeleteAsync(id, (await Editor.FindAsync(id))!.Version));
        Assert.Null(await Editor.FindAsync(id));
        await using var db = await ContextAsync();
        Assert.True(await db.AuditLog.CountAsync(a => a.EntityType == nameof(StatementRule)) >= 3);
    }

    [Fact]
    public async Task A_countrys_evidence_read_before_an_import_is_read_again_after_it_with_the_new_values_and_statements()
    {
        var evidence = Services.GetRequiredService<CountryEvidence>();
        var china = await CountryIdAsync("CHN");
        await Editor.AddAsync(new StatementRuleInput("Leading manufacturing country", "NV.IND.MANF.CD", StatementRuleKind.Top, 1, 2, 0));
        var before = await evidence.ForCountryAsync(china);

        await ImportAsync("CHN,NV.IND.MANF.CD,2021,4.9e12\nUSA,NV.IND.MANF.CD,2021,2.5e12\n");
        var after = await evidence.ForCountryAsync(china);

        Assert.DoesNotContain(before.Facts, f => f.Code == "NV.IND.MANF.CD");
        Assert.Empty(before.Statements);
        var fact = Assert.Single(after.Facts, f => f.Code == "NV.IND.MANF.CD");
        Assert.Equal((2021, 1), (fact.Year, fact.Rank));
        Assert.Equal("Leading manufacturing country", Assert.Single(after.Statements).Rule.Rule.Statement);
    }
}
