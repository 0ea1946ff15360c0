using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Auditing;

namespace PartnerPortal.Infrastructure.Tests.Auditing;

/// <summary>Audit entries, written as the interceptor and the named actions write them, read back in words (no database).</summary>
public class AuditDescriberTests
{
    private const string AnalystId = "0b6c1c0e-analyst";
    private const string AdminId = "6b9ed58d-admin";

    private static readonly AuditNames Names = new()
    {
        People = new Dictionary<string, AuditPerson>(StringComparer.OrdinalIgnoreCase)
        {
            [AnalystId] = new("analyst@demo.local", "Demo Analyst"),
            ["analyst@demo.local"] = new("analyst@demo.local", "Demo Analyst"),
            [AdminId] = new("admin@demo.local", "Demo Admin"),
            ["admin@demo.local"] = new("admin@demo.local", "Demo Admin"),
        },
        Countries = new Dictionary<int, string> { [4] = "China", [3] = "Canada" },
        CountriesByCode = new Dictionary<string, string> { ["CHN"] = "China", ["CAN"] = "Canada" },
        Technologies = new Dictionary<int, string> { [1] = "Batteries" },
        Criteria = new Dictionary<int, string> { [1] = "R&I excellence", [5] = "Feasibility" },
        CriteriaByCode = new Dictionary<string, string> { ["rie"] = "R&I excellence", ["feasibility"] = "Feasibility" },
        Rounds = new Dictionary<int, string> { [2] = "Example round" },
        RoundsBySlug = new Dictionary<string, string> { ["example"] = "Example round" },
        Questions = new Dictionary<int, (int, int)> { [11] = (1, 1), [12] = (1, 2) },
        Rows = new Dictionary<(string, string), IReadOnlyDictionary<string, string>>
        {
            [("Score", "77")] = new Dictionary<string, string> { ["RoundId"] = "2", ["CountryId"] = "4", ["TechnologyId"] = "1", ["CriterionId"] = "1", ["AnalystId"] = AnalystId },
        },
    };

    private static AuditEntry Entry(string action, string type, string key, string? oldValues, string? newValues, string actor = "analyst@demo.local", string? comment = null) =>
        new() { Id = 1, OccurredAt = DateTimeOffset.UnixEpoch, Actor = actor, Action = action, EntityType = type, EntityKey = key, OldValues = oldValues, NewValues = newValues, Comment = comment };

    private static IEnumerable<string> Changes(AuditLine line) => line.Changes.Select(c => c.ToString());

    [Fact]
    public void A_new_score_is_named_by_its_pair_and_criterion_and_its_fields_by_their_names_not_their_ids()
    {
        var entry = Entry("added", "Score", "77", null,
            $$"""{"Id": 77, "RoundId": 2, "CountryId": 4, "TechnologyId": 1, "CriterionId": 1, "AnalystId": "{{AnalystId}}", "Value": 4, "Confidence": "High", "EvidenceNote": "Strong programme", "Sources": null, "AddressedQuestionIds": [12, 11], "UpdatedAt": "2026-11-30T15:03:38.5+00:00"}""");

        var line = AuditDescriber.Describe(entry, Names);

        Assert.Equal(("Score", "China × Batteries, criterion R&I excellence", "Example round", "added"), (line.Kind, line.Record, line.Round, line.What));
        Assert.Equal(("Demo Analyst", "analyst@demo.local"), (line.Who, line.WhoDetail));
        Assert.Equal(["Score: 4", "Confidence: High", "Evidence note: Strong programme", "Guiding questions addressed: question 2, question 1"], Changes(line));
    }

    [Fact]
    public void A_changed_score_whose_entry_holds_only_the_changed_fields_is_named_from_the_stored_row()
    {
        var entry = Entry("modified", "Score", "77", """{"Value": 4, "RevisionComment": null}""", """{"Value": null, "RevisionComment": "New report"}""", actor: "admin@demo.local");

        var line = AuditDescriber.Describe(entry, Names);

        Assert.Equal("China × Batteries, criterion R&I excellence, scored by analyst@demo.local", line.Record);
        Assert.Equal("changed", line.What);
        Assert.Equal(["Score: 4 → insufficient evidence", "Reason for the revision: — → New report"], Changes(line));
    }

    [Fact]
    public void A_role_change_is_a_user_role_entry_naming_the_person_and_the_roles_before_and_after()
    {
        var entry = Entry("user.roles-changed", "PortalUser", AnalystId,
            """{"Email": "analyst@demo.local", "Roles": ["Analyst"]}""", """{"Email": "analyst@demo.local", "Roles": ["Analyst", "PortfolioManager"]}""", actor: "admin@demo.local");

        var line = AuditDescriber.Describe(entry, Names);

        Assert.Equal(("User role", "analyst@demo.local", "roles changed", "Demo Admin"), (line.Kind, line.Record, line.What, line.Who));
        Assert.Contains("Roles: Analyst → Analyst, Portfolio manager", Changes(line));
        Assert.DoesNotContain(line.Changes, c => c.ToString().Contains(AnalystId));
    }

    [Fact]
    public void Disabling_an_account_reads_as_yes_and_no_and_never_shows_a_secret()
    {
        var entry = Entry("modified", "PortalUser", AnalystId,
            """{"IsDisabled": false, "LockoutEnd": null, "SecurityStamp": "(withheld)", "Password": "(withheld)"}""",
            """{"IsDisabled": true, "LockoutEnd": "9999-12-31T23:59:59.9999999+00:00", "SecurityStamp": "(changed)", "Password": "(changed)"}""", actor: "admin@demo.local");

        var line = AuditDescriber.Describe(entry, Names);

        Assert.Equal(("User", "analyst@demo.local"), (line.Kind, line.Record));
        Assert.Equal(
            ["Disabled: no → yes", "Locked until: — → for good (account disabled)", "Open sessions: ended (signed out everywhere)", "Password: changed"],
            Changes(line));
    }

    [Fact]
    public void New_weights_read_one_line_per_criterion_by_name_with_the_managers_comment()
    {
        var entry = Entry("weights.set", "Round", "example", """{"rie": 0.2, "feasibility": 0.2}""",
            """{"weights": {"rie": 0.1, "feasibility": 0.2}, "details": {"method": "direct"}}""", actor: "manager@demo.local", comment: "Workshop of 3 March");

        var line = AuditDescriber.Describe(entry, Names);

        Assert.Equal(("Weights", "Example round", null, "weights set"), (line.Kind, line.Record, line.Round, line.What));
        Assert.Equal(["R&I excellence: 0.2 → 0.1", "Method: direct"], Changes(line));
        Assert.Equal("Workshop of 3 March", line.Comment);
        Assert.Equal(("manager@demo.local", null), (line.Who, line.WhoDetail));
    }

    [Fact]
    public void A_long_list_that_changed_says_what_was_added_and_removed()
    {
        var before = """{"countries": ["CHN", "A", "B", "C", "D", "E", "F"]}""";
        var after = """{"countries": ["CAN", "A", "B", "C", "D", "E", "F"]}""";

        var line = AuditDescriber.Describe(Entry("round.scope", "Round", "example", before, after), Names);

        Assert.Equal(("Round", "Example round", "countries and technologies changed"), (line.Kind, line.Record, line.What));
        Assert.Equal(["Countries added: Canada", "Countries removed: China"], Changes(line));
    }

    [Fact]
    public void The_portal_the_command_line_and_signed_out_visitors_are_named_as_such()
    {
        Assert.Equal(("The portal itself", null), AuditDescriber.Who("system", Names));
        Assert.Equal(("Command line", "run by deploy"), AuditDescriber.Who("cli (deploy)", Names));
        Assert.Equal(("Someone not signed in", null), AuditDescriber.Who("anonymous", Names));
        Assert.Equal(("gone@example.org", null), AuditDescriber.Who("gone@example.org", Names));
    }

    [Fact]
    public void A_new_role_a_seed_and_an_unknown_table_are_named_in_words_not_code()
    {
        var role = AuditDescriber.Describe(Entry("added", "IdentityRole", "a876", null, """{"Id": "a876", "Name": "PortfolioManager", "NormalizedName": "PORTFOLIOMANAGER"}""", actor: "system"), Names);
        var seed = AuditDescriber.Describe(Entry("seed.applied", "StudySeed", "seed-data", null, """{"rounds": 1, "countries": 42}""", actor: "system"), Names);
        var unknown = AuditDescriber.Describe(Entry("added", "FundingCall", "9", null, """{"Id": 9, "OpensOn": "2027-01-01"}"""), Names);

        Assert.Equal(("User role", "role Portfolio manager"), (role.Kind, role.Record));
        Assert.Equal(["Name: PortfolioManager"], Changes(role));
        Assert.Equal(("Study data", "loaded", "Countries: 42"), (seed.Kind, seed.What, Changes(seed).Last()));
        Assert.Equal(("Funding call", "funding call 9", "Opens on: 2027-01-01"), (unknown.Kind, unknown.Record, Changes(unknown).Single()));
    }

    [Fact]
    public void A_deleted_row_is_named_from_its_last_values_and_lists_them()
    {
        var entry = Entry("deleted", "RoundCriterionWeight", "2,5", """{"RoundId": 2, "CriterionId": 5, "Weight": 0.25}""", null, actor: "manager@demo.local");

        var line = AuditDescriber.Describe(entry, Names);

        Assert.Equal(("Weights", "criterion Feasibility", "Example round", "deleted"), (line.Kind, line.Record, line.Round, line.What));
        Assert.Equal(["Weight: 0.25"], Changes(line));
    }

    [Fact]
    public void A_long_list_in_one_entry_shows_its_first_dozen_and_how_many_more()
    {
        var codes = string.Join(", ", Enumerable.Range(0, 146).Select(i => $"\"C{i:000}\""));

        var line = AuditDescriber.Describe(Entry("indicators.imported", "IndicatorImport", "1", null, $$"""{"FileName": "API_X.csv", "unknownCountries": [{{codes}}]}"""), Names);

        Assert.Equal(("Indicator import", "API_X.csv", "file imported"), (line.Kind, line.Record, line.What));
        Assert.Equal("Unknown countries: C000, C001, C002, C003, C004, C005, C006, C007, C008, C009, C010, C011 … and 134 more", Changes(line).Last());
    }

    [Theory]
    [InlineData("EvidenceNote", "Evidence note")]
    [InlineData("IsDisabled", "Disabled")]
    [InlineData("AHPMatrix", "AHP matrix")]
    [InlineData("LonglistEvidence", "Longlist evidence")]
    [InlineData("Iso3", "Iso3")]
    public void Code_names_become_words(string name, string words) => Assert.Equal(words, AuditWords.Humanize(name));

    [Fact]
    public void A_screening_review_names_its_pair_and_says_its_level_rationale_and_measures_in_words()
    {
        var entry = Entry("added", "ScreeningReview", "2,4,1", null,
            """{"RoundId": 2, "CountryId": 4, "TechnologyId": 1, "OverrideLevel": "High", "OverrideRationale": "Dual-use sensors", "MitigationText": "Vet the institute", "MitigationMeasures": "PartnerDueDiligence, ExportControlCheck"}""",
            actor: "admin@demo.local");

        var line = AuditDescriber.Describe(entry, Names);

        Assert.Equal(("research-security screening of China × Batteries", "Example round"), (line.Record, line.Round));
        Assert.Equal(["Screening level set by a manager: High", "Why the level differs from the rule: Dual-use sensors", "Mitigation plan: Vet the institute",
            "Mitigation measures: due diligence on the partner, export-control check"], Changes(line));
    }

    [Fact]
    public void A_rounds_screening_settings_read_as_levels_by_sensitivity_and_country_risk_not_as_twelve_digits()
    {
        var entry = Entry("modified", "Round", "2", """{"ScreeningRule": "111221233233", "RequireMitigationForHigh": false, "HighLevelPairs": "Flag"}""",
            """{"ScreeningRule": "311221233233", "RequireMitigationForHigh": true, "HighLevelPairs": "Exclude"}""", actor: "admin@demo.local");

        var changes = Changes(AuditDescriber.Describe(entry, Names)).ToList();

        Assert.Contains(changes, c => c.Contains("Screening matrix: low sensitivity low/low/low/medium;", StringComparison.Ordinal)
            && c.Contains("→ low sensitivity high/low/low/medium; medium sensitivity medium/low/medium/high; high sensitivity high/medium/high/high (by country risk unknown/low/medium/high)", StringComparison.Ordinal));
        Assert.Contains("Mitigation plan required before a high-level pair is accepted: no → yes", changes);
        Assert.Contains("High-level pairs in the proposal: flagged → excluded", changes);
    }
}
