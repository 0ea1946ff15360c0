using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// The reference study as read from seed-data/: every file parsed and every cross-reference checked
/// before anything touches the database. Entities refer to each other by navigation, not by id.
/// </summary>
public sealed class StudySeedData
{
    public required IReadOnlyList<Motivation> Motivations { get; init; }
    public required IReadOnlyList<WinWinPrinciple> Principles { get; init; }
    public required IReadOnlyList<Instrument> Instruments { get; init; }
    public required IReadOnlyList<Criterion> Criteria { get; init; }
    public required IReadOnlyList<Theme> Themes { get; init; }
    public required IReadOnlyList<TechGroup> TechGroups { get; init; }
    public required IReadOnlyList<Technology> Technologies { get; init; }
    public required IReadOnlyList<Country> Countries { get; init; }
    public required IReadOnlyList<RoundSeed> Rounds { get; init; }
    public required IReadOnlyList<Domain.Indicators.Indicator> Indicators { get; init; }
    public required IReadOnlyList<StatementRule> StatementRules { get; init; }
    public required IReadOnlyList<SensitivitySeed> Sensitivities { get; init; }
    public required IReadOnlyList<IndicatorLinkSeed> IndicatorLinks { get; init; }

    public static StudySeedData Load(string directory)
    {
        IReadOnlyList<SeedRow> Read(string file) => SeedFileReader.Read(directory, file);

        var motivations = Keyed(Read("motivations.csv"), "code", (row, position) => new Motivation
        {
            Code = row.Text("code"), Position = position, Name = row.Text("name"), Description = row.Text("description"),
        });
        foreach (var row in Read("motivation-items.csv"))
        {
            var motivation = row.Reference("motivation", motivations);
            motivation.Items.Add(new MotivationItem
            {
                Position = motivation.Items.Count + 1,
                Kind = row.Text("kind") switch
                {
                    "access" => MotivationItemKind.AccessTo,
                    "contribution" => MotivationItemKind.Contribution,
                    var other => throw row.Error("kind", $"must be 'access' or 'contribution', not '{other}'"),
                },
                Text = row.Text("text"),
            });
        }

        var principles = Keyed(Read("principles.csv"), "code", (row, position) => new WinWinPrinciple
        {
            Code = row.Text("code"), Position = position, Name = row.Text("name"), Description = row.Text("description"),
        });
        var instruments = Keyed(Read("instruments.csv"), "code", (row, position) => new Instrument
        {
            Code = row.Text("code"), Position = position, Name = row.Text("name"), Description = row.Text("description"), Source = row.Text("source"),
        });

        var criteria = Keyed(Read("criteria.csv"), "code", (row, position) => new Criterion
        {
            Code = row.Text("code"), Position = position, Name = row.Text("name"),
            Category = row.Enum<CriterionCategory>("category"), Definition = row.Text("definition"),
        });
        foreach (var row in Read("guiding-questions.csv"))
        {
            var criterion = row.Reference("criterion", criteria);
            criterion.GuidingQuestions.Add(new GuidingQuestion { Position = criterion.GuidingQuestions.Count + 1, Text = row.Text("text") });
        }
        foreach (var row in Read("criterion-scale.csv"))
        {
            var criterion = row.Reference("criterion", criteria);
            var level = row.Integer("level");
            if (level != criterion.ScaleLevels.Count + 1 || level > ScaleLevel.Highest)
            {
                throw row.Error("level", $"must continue {criterion.Code}'s scale at {criterion.ScaleLevels.Count + 1} (levels run 1 to {ScaleLevel.Highest}, in order)");
            }
            criterion.ScaleLevels.Add(new ScaleLevel { Level = level, Description = row.Text("description") });
        }
        foreach (var criterion in criteria.Values.Where(c => c.ScaleLevels.Count != ScaleLevel.Highest))
        {
            throw new SeedDataException("criterion-scale.csv", 0, "criterion", $"'{criterion.Code}' has {criterion.ScaleLevels.Count} scale levels; every criterion needs all {ScaleLevel.Highest}");
        }

        var themes = Keyed(Read("themes.csv"), "code", (row, position) => new Theme
        {
            Code = row.Text("code"), Position = position, Name = row.Text("name"),
            LonglistHeading = row.Text("longlist_heading"), ShortlistHeading = row.Text("shortlist_heading"),
        });
        var groups = Keyed(Read("tech-groups.csv"), "letter", (row, _) => new TechGroup
        {
            Letter = row.Text("letter"), Name = row.Text("name"), Theme = row.Reference("theme", themes),
        });
        var technologies = ReadTechnologies(Read("technology-domains.csv"), groups);
        var countries = ReadCountries(Read, directory);

        var rounds = Keyed(Read("rounds.csv"), "slug", (row, _) => new Round
        {
            Slug = row.Text("slug"), Name = row.Text("name"), Agency = row.Text("agency"),
            HomeCountry = row.Reference("home_country", countries), Status = row.Enum<RoundStatus>("status"),
            PublishedOn = row.OptionalDate("published_on"), Description = row.Text("description"),
        });
        foreach (var row in Read("round-countries.csv"))
        {
            var round = row.Reference("round", rounds);
            round.Countries.Add(new RoundCountry { Country = row.Reference("country", countries), Position = round.Countries.Count + 1 });
        }
        foreach (var row in Read("round-technologies.csv"))
        {
            row.Reference("round", rounds).Technologies.Add(new RoundTechnology { Technology = row.Reference("technology", technologies) });
        }

        var indicators = Keyed(Read("indicators.csv"), "code", (row, _) => new Domain.Indicators.Indicator
        {
            Code = row.Text("code"), Name = row.Text("name"), Unit = row.Text("unit"), Source = row.Text("source"),
            HigherIsBetter = row.YesNo("higher_is_better"), Description = row.Text("description"),
        });
        return new StudySeedData
        {
            Motivations = [.. motivations.Values],
            Principles = [.. principles.Values],
            Instruments = [.. instruments.Values],
            Indicators = [.. indicators.Values],
            StatementRules = [.. Read("statement-rules.csv").Select(row => new StatementRule
            {
                Statement = row.Text("statement"), Indicator = row.Reference("indicator", indicators), Kind = row.Enum<StatementRuleKind>("kind"),
                Threshold = row.Integer("threshold"), MinimumCountries = row.Integer("minimum_countries"),
            })],
            Criteria = [.. criteria.Values],
            Themes = [.. themes.Values],
            TechGroups = [.. groups.Values],
            Technologies = [.. technologies.Values],
            Countries = [.. countries.Values],
            Rounds = ReadRoundContents(Read, rounds, countries, technologies),
            Sensitivities = [.. Read("technology-sensitivity.csv").Select(row => new SensitivitySeed(row.Reference("technology", technologies).Slug, new TechnologySensitivity
            {
                Areas = [.. (row.Optional("areas") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(area => System.Enum.TryParse<CriticalTechnologyArea>(area, out var parsed) && System.Enum.IsDefined(parsed)
                        ? parsed
                        : throw row.Error("areas", $"'{area}' is not a critical technology area ({string.Join(", ", CriticalTechnologyAreas.All)})"))],
                DualUse = row.YesNo("dual_use"), Note = row.Text("note"), Source = row.Text("source"),
            }))],
            IndicatorLinks = [.. Read("criterion-indicators.csv").Select(row => new IndicatorLinkSeed(
                row.Reference("criterion", criteria).Code, row.Reference("indicator", indicators).Code, row.YesNo("higher_value_supports_higher_score")))],
        };
    }

    private static Dictionary<string, Technology> ReadTechnologies(IReadOnlyList<SeedRow> rows, Dictionary<string, TechGroup> groups)
    {
        var technologies = new Dictionary<string, Technology>();
        foreach (var row in rows)
        {
            var slug = row.Text("technology");
            if (!technologies.TryGetValue(slug, out var technology))
            {
                technology = new Technology
                {
                    Slug = slug, Position = technologies.Count + 1, Name = row.Text("name"), ShortName = row.Text("short_name"),
                    TechGroup = row.Reference("group", groups),
                };
                technologies.Add(slug, technology);
            }
            else if (technology.Name != row.Text("name") || technology.TechGroup!.Letter != row.Text("group"))
            {
                throw row.Error("technology", $"'{slug}' appears again with a different name or group");
            }
            var rationale = SelectionRationale.None;
            if (row.YesNo("enhances_existing")) rationale |= SelectionRationale.EnhancesExistingIndustries;
            if (row.YesNo("supports_future")) rationale |= SelectionRationale.SupportsFutureIndustries;
            if (row.YesNo("supports_strength")) rationale |= SelectionRationale.SupportsCurrentStrength;
            if (row.YesNo("addresses_weakness")) rationale |= SelectionRationale.AddressesCurrentWeakness;
            technology.Domains.Add(new TechnologyDomain
            {
                Position = technology.Domains.Count + 1, LongName = row.Text("long_name"), Rationale = rationale,
            });
        }
        return technologies;
    }

    private static Dictionary<string, Country> ReadCountries(Func<string, IReadOnlyList<SeedRow>> read, string directory)
    {
        var countries = Keyed(read("countries.csv"), "code", (row, _) => new Country
        {
            Code = row.Text("code"), Iso2 = row.Optional("iso2"), Iso3 = row.Optional("iso3"), Name = row.Text("name"),
            StudyName = row.Text("study_name"), Kind = row.Enum<CountryKind>("kind"), Region = row.Text("region"),
            Maturity = row.Enum<PartnerMaturity>("maturity"),
        });
        foreach (var row in read("grouping-members.csv"))
        {
            var grouping = row.Reference("grouping", countries);
            if (grouping.Kind != CountryKind.Grouping)
            {
                throw row.Error("grouping", $"'{grouping.Code}' is a {grouping.Kind.ToString().ToLowerInvariant()}, not a grouping");
            }
            grouping.Members.Add(new GroupingMember { Member = row.Reference("member", countries) });
        }
        foreach (var row in read("country-selection-criteria.csv"))
        {
            var country = row.Reference("country", countries);
            country.SelectionCriteria.Add(new CountrySelectionCriterion { Position = country.SelectionCriteria.Count + 1, Statement = row.Text("statement") });
        }
        return countries;
    }

    private static List<RoundSeed> ReadRoundContents(
        Func<string, IReadOnlyList<SeedRow>> read,
        Dictionary<string, Round> rounds,
        Dictionary<string, Country> countries,
        Dictionary<string, Technology> technologies)
    {
        var evidence = rounds.Keys.ToDictionary(slug => slug, _ => new List<LonglistEvidence>());
        foreach (var row in read("longlist-evidence.csv"))
        {
            var round = row.Reference("round", rounds);
            var country = row.Reference("country", countries);
            var technology = row.Reference("technology", technologies);
            if (evidence[round.Slug].Any(e => e.Country == country && e.Technology == technology))
            {
                throw row.Error("technology", $"evidence for {country.Code} × {technology.Slug} is already given");
            }
            evidence[round.Slug].Add(new LonglistEvidence
            {
                Country = country, Technology = technology,
                NationalPriority = row.Enum<RequirementStatus>("national_priority"),
                ResearchPriority = row.Enum<RequirementStatus>("research_priority"),
                InnovationInitiatives = row.Enum<RequirementStatus>("innovation_initiatives"),
                InternationalProgrammes = row.Enum<RequirementStatus>("international_programmes"),
                HomeTrackRecord = row.Enum<RequirementStatus>("home_track_record"),
                IsReconstructed = row.YesNo("reconstructed"),
                Source = row.Text("source"),
            });
        }

        var shortlist = new Dictionary<(string Round, string Technology), ShortlistEntry>();
        foreach (var row in read("shortlist.csv"))
        {
            var round = row.Reference("round", rounds);
            var technology = row.Reference("technology", technologies);
            if (!shortlist.TryAdd((round.Slug, technology.Slug), new ShortlistEntry
                {
                    Technology = technology, Position = shortlist.Keys.Count(key => key.Round == round.Slug) + 1,
                    Title = row.Text("title"), Description = row.Text("description"),
                }))
            {
                throw row.Error("technology", $"'{technology.Slug}' is shortlisted twice in round '{round.Slug}'");
            }
        }
        ShortlistEntry EntryFor(SeedRow row)
        {
            var round = row.Reference("round", rounds);
            var technology = row.Reference("technology", technologies);
            return shortlist.TryGetValue((round.Slug, technology.Slug), out var entry)
                ? entry
                : throw row.Error("technology", $"'{technology.Slug}' is not in shortlist.csv for round '{round.Slug}'");
        }
        foreach (var row in read("shortlist-partners.csv"))
        {
            var entry = EntryFor(row);
            entry.Partners.Add(new ShortlistPartner
            {
                Country = row.Reference("country", countries), Position = entry.Partners.Count + 1, Qualifier = row.Optional("qualifier"),
                Decision = row.Enum<ShortlistDecision>("decision"), DecisionRationale = row.Text("rationale"),
            });
        }
        foreach (var row in read("shortlist-rationale.csv"))
        {
            var entry = EntryFor(row);
            entry.Rationale.Add(new ShortlistRationale { Position = entry.Rationale.Count + 1, Text = row.Text("text") });
        }

        return rounds.Values
            .Select(round => new RoundSeed(
                round,
                evidence[round.Slug],
                [.. shortlist.Where(pair => pair.Key.Round == round.Slug).Select(pair => pair.Value).OrderBy(entry => entry.Position)]))
            .ToList();
    }

    /// <summary>Builds one entity per row, keyed by a column that must be unique within the file.</summary>
    private static Dictionary<string, T> Keyed<T>(IReadOnlyList<SeedRow> rows, string keyField, Func<SeedRow, int, T> create)
    {
        var result = new Dictionary<string, T>();
        foreach (var row in rows)
        {
            if (!result.TryAdd(row.Text(keyField), create(row, result.Count + 1)))
            {
                throw row.Error(keyField, $"'{row.Text(keyField)}' appears more than once");
            }
        }
        return result;
    }
}
