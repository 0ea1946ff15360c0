using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

/// <summary>The committed seed files hold the whole study, and a damaged copy fails with file, line and field.</summary>
public class StudySeedDataTests
{
    private static readonly StudySeedData Seed = StudySeedData.Load(Study.SeedDataDirectory);

    [Fact]
    public void The_framework_has_five_motivations_five_principles_and_five_criteria_with_every_guiding_question()
    {
        Assert.Equal(5, Seed.Motivations.Count);
        Assert.Equal(5, Seed.Principles.Count);
        Assert.Equal(["Research and innovation excellence", "Economic competitiveness", "Grand challenges", "Additionality", "Feasibility"], Seed.Criteria.Select(c => c.Name));
        Assert.Equal([5, 6, 2, 3, 3], Seed.Criteria.Select(c => c.GuidingQuestions.Count));
        Assert.Equal([CriterionCategory.Opportunity, CriterionCategory.Opportunity, CriterionCategory.Opportunity, CriterionCategory.Opportunity, CriterionCategory.Feasibility],
            Seed.Criteria.Select(c => c.Category));
        Assert.Contains(Seed.Motivations, m => m.Name == "Diplomacy" && m.Items.Count == 5);
        Assert.All(Seed.Criteria, c => Assert.Equal([1, 2, 3, 4, 5], c.ScaleLevels.Select(l => l.Level)));
    }

    [Fact]
    public void Instruments_include_the_scoping_papers_six_types()
    {
        var fromScopingPaper = Seed.Instruments.Where(i => i.Source.StartsWith("MLE scoping paper", StringComparison.Ordinal)).Select(i => i.Name);

        Assert.Equal(["Strategies and roadmaps", "STI agreements", "STI counsellors", "Aligned funding schemes",
            "Research and innovation networking activities", "International research marketing"], fromScopingPaper);
    }

    [Fact]
    public void Table_4_1_has_33_domains_in_31_technologies_across_18_groups_and_3_themes()
    {
        Assert.Equal(33, Seed.Technologies.Sum(t => t.Domains.Count));
        Assert.Equal(31, Seed.Technologies.Count);
        Assert.Equal(18, Seed.TechGroups.Count);
        Assert.Equal("ABCDEFGHIJKLMNOPQR", string.Concat(Seed.TechGroups.Select(g => g.Letter)));
        Assert.Equal(3, Seed.Themes.Count);
        Assert.Equal(3, Seed.Technologies.Single(t => t.Slug == "data-science-and-sensors").Domains.Count);
    }

    [Fact]
    public void The_thirteen_priority_partners_carry_their_table_5_3_selection_criteria()
    {
        var priority = Seed.Countries.Where(c => c.SelectionCriteria.Count > 0).Select(c => c.StudyTitle).Order().ToList();

        Assert.Equal(["Australia", "Canada", "China", "Germany", "India", "Israel", "Japan", "Singapore", "South Korea", "Switzerland", "Taiwan", "The EU", "The US"], priority);
    }

    [Fact]
    public void Groupings_have_members_and_countries_have_iso_codes_where_they_exist()
    {
        var eu = Seed.Countries.Single(c => c.Code == "EU");
        Assert.Equal(27, eu.Members.Count);
        Assert.Contains(eu.Members, m => m.Member!.Code == "FRA");
        Assert.Equal(["DNK", "NOR", "SWE"], Seed.Countries.Single(c => c.Code == "SCANDINAVIA").Members.Select(m => m.Member!.Code));
        Assert.All(Seed.Countries.Where(c => c.Kind != CountryKind.Grouping), c => Assert.Matches("^[A-Z]{3}$", c.Iso3 ?? ""));
        Assert.Equal("TWN", Seed.Countries.Single(c => c.Name == "Taiwan").Iso3);
    }

    [Fact]
    public void The_study_round_holds_54_reconstructed_longlist_pairs_and_16_shortlisted_technologies()
    {
        var round = Seed.Rounds.Single(r => r.Round.Slug == Study.RoundSlug);

        Assert.Equal("GBR", round.Round.HomeCountry!.Code);
        Assert.Equal(54, round.Evidence.Count);
        Assert.All(round.Evidence, e => Assert.True(e.IsReconstructed && LonglistRule.Study.IsLonglisted(e)));
        Assert.Equal(16, round.Shortlist.Count);
        Assert.Equal(120, round.Shortlist.Sum(e => e.Partners.Count));
        Assert.All(round.Shortlist, e => Assert.NotEmpty(e.Rationale));
    }

    [Theory]
    [InlineData("criteria.csv", "opportunity,The extent", "chance,The extent", 2, "category")]
    [InlineData("guiding-questions.csv", "rie,Does collaboration offer UK actors access to knowledge and technology?", "excellence,Does it?", 2, "criterion")]
    [InlineData("technology-domains.csv", "Remanufacturing,Remanufacturing,no,yes,no,yes", "Remanufacturing,Remanufacturing,no,maybe,no,yes", 3, "supports_future")]
    [InlineData("longlist-evidence.csv", "mm-2021,AUS,green-hydrogen-production", "mm-2021,AUS,cold-fusion", 2, "technology")]
    [InlineData("countries.csv", "TWN,TW,TWN,Taiwan,Taiwan,territory", "TWN,TW,TWN,Taiwan,Taiwan,island", 14, "kind")]
    [InlineData("criterion-scale.csv", "rie,2,Marginal", "rie,7,Marginal", 3, "level")]
    [InlineData("criterion-scale.csv", "economic,3,", "economic,three,", 9, "level")]
    [InlineData("technology-sensitivity.csv", "batteries,Energy;AdvancedMaterials", "batteries,Energy;Nanotech", 2, "areas")]
    [InlineData("technology-sensitivity.csv", "robotics,RoboticsAndAutonomousSystems,no", "robotics,RoboticsAndAutonomousSystems,perhaps", 16, "dual_use")]
    [InlineData("criterion-indicators.csv", "rie,PUB.COUNT", "rie,PUB.CITATIONS", 4, "indicator")]
    public void A_damaged_seed_file_fails_with_file_line_and_field(string file, string original, string damaged, int line, string field)
    {
        var directory = CopyOfSeedData();
        var path = Path.Combine(directory, file);
        var text = File.ReadAllText(path);
        Assert.Contains(original, text);
        File.WriteAllText(path, text.Replace(original, damaged));

        var error = Assert.Throws<SeedDataException>(() => StudySeedData.Load(directory));

        Assert.Equal((file, line, field), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void A_duplicated_key_is_refused_where_it_appears_the_second_time()
    {
        var directory = CopyOfSeedData();
        File.AppendAllText(Path.Combine(directory, "themes.csv"), "net-zero,Again,Again,Again\n");

        var error = Assert.Throws<SeedDataException>(() => StudySeedData.Load(directory));

        Assert.Equal(("themes.csv", 5, "code"), (error.File, error.Line, error.Field));
    }

    private static string CopyOfSeedData()
    {
        var directory = Directory.CreateTempSubdirectory("seed-data-").FullName;
        foreach (var file in Directory.GetFiles(Study.SeedDataDirectory))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }
        return directory;
    }
}
