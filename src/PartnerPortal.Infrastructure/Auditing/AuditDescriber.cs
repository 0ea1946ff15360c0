using System.Globalization;
using System.Text.Json;
using PartnerPortal.Domain.Auditing;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// Puts an audit entry into words (<see cref="AuditLine"/>): nothing here reads the database, so every rule is
/// tested on entries written by hand; <see cref="AuditLogReader"/> gathers the <see cref="AuditNames"/> a page needs.
/// </summary>
public static class AuditDescriber
{
    /// <summary>The fields that make up each table's key, in the order the log writes them ("3,17" for a round's weight).</summary>
    private static readonly Dictionary<string, string[]> KeyFields = new()
    {
        ["RoundCriterionWeight"] = ["RoundId", "CriterionId"],
        ["AhpMatrix"] = ["RoundId", "ManagerId"],
        ["RoundAnalyst"] = ["RoundId", "AnalystId"],
        ["RoundCountry"] = ["RoundId", "CountryId"],
        ["RoundTechnology"] = ["RoundId", "TechnologyId"],
        ["RoundVisit"] = ["RoundId", "UserId"],
        ["IndicatorValue"] = ["IndicatorId", "CountryId", "Year"],
        ["GroupingMember"] = ["GroupingId", "MemberId"],
        ["TechnologySensitivity"] = ["TechnologyId"],
        ["CountryCooperationConditions"] = ["HomeCountryId", "CountryId"],
        ["CriterionIndicatorLink"] = ["CriterionId", "IndicatorId"],
        ["ScreeningReview"] = ["RoundId", "CountryId", "TechnologyId"],
    };

    /// <summary>Rows named through the row they belong to: a shortlist decision through its shortlist entry's round and technology.</summary>
    private static readonly Dictionary<string, (string Field, string Parent)[]> Parents = new()
    {
        ["ShortlistPartner"] = [("ShortlistEntryId", "ShortlistEntry")],
        ["ShortlistRationale"] = [("ShortlistEntryId", "ShortlistEntry")],
        ["PrincipleAssessment"] = [("ShortlistPartnerId", "ShortlistPartner")],
    };

    /// <summary>Fields a new or removed row lists that say nothing the record's name does not: its key and what names it.</summary>
    private static readonly HashSet<string> NamingFields =
    [
        "Id", "RoundId", "CountryId", "TechnologyId", "CriterionId", "AnalystId", "ManagerId", "UserId", "ShortlistEntryId", "ShortlistPartnerId",
        "PrincipleId", "UpdatedAt", "UserName", "NormalizedName",
    ];

    /// <summary>Identity's bookkeeping on a new account: defaults nobody chose.</summary>
    private static readonly HashSet<string> AccountDefaults =
    [
        "EmailConfirmed", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "LockoutEnd", "CreatedAt", "IsDemo", "IsDisabled",
    ];

    private static readonly Dictionary<string, string> Verbs = new()
    {
        ["added"] = "added",
        ["modified"] = "changed",
        ["deleted"] = "deleted",
        ["user.roles-changed"] = "roles changed",
        ["user.reset-link-issued"] = "password reset link issued",
        ["user.sign-in-failed"] = "sign-in refused",
        ["weights.set"] = "weights set",
        ["weights.ahp"] = "weights set by AHP",
        ["round.status"] = "phase changed",
        ["round.scope"] = "countries and technologies changed",
        ["round.analysts"] = "analysts assigned",
        ["round.created"] = "created",
        ["round.deleted"] = "deleted",
        ["round.snapshot"] = "published outputs kept",
        ["seed.applied"] = "loaded",
        ["indicators.imported"] = "file imported",
    };

    public static AuditLine Describe(AuditEntry entry, AuditNames names)
    {
        var oldValues = Parse(entry.OldValues);
        var newValues = Parse(entry.NewValues);
        var facts = Facts(entry, names, oldValues, newValues);
        var (who, whoDetail) = Who(entry.Actor, names);
        var (record, round) = Record(entry, facts, names);
        return new AuditLine(entry.Id, entry.OccurredAt, entry.Actor, who, whoDetail, AuditKinds.Of(entry.EntityType, entry.Action), record, round,
            Verbs.GetValueOrDefault(entry.Action) ?? entry.Action.Replace('.', ' ').Replace('-', ' '),
            Changes(entry, oldValues, newValues, new AuditValueText(names, entry.EntityType)), entry.Comment);
    }

    /// <summary>Who acted, as people say it: a person's name (email beside it), the portal itself, or the command line.</summary>
    public static (string Who, string? Detail) Who(string actor, AuditNames names)
    {
        if (actor == FixedAuditActor.System.Name)
        {
            return ("The portal itself", null);
        }
        if (actor.StartsWith("cli (", StringComparison.Ordinal) && actor.EndsWith(')'))
        {
            return ("Command line", $"run by {actor[5..^1]}");
        }
        if (actor == "anonymous")
        {
            return ("Someone not signed in", null);
        }
        return names.Person(actor) is { DisplayName: { Length: > 0 } name } person && name != person.Email ? (name, person.Email) : (actor, null);
    }

    private static Dictionary<string, JsonElement> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
            : [];
    }

    /// <summary>
    /// What names the row: its fields as stored now, its key's parts, then the entry's own values (newest last,
    /// so a deleted row is named as it was), then what its parent rows add.
    /// </summary>
    private static Dictionary<string, string> Facts(AuditEntry entry, AuditNames names, Dictionary<string, JsonElement> oldValues, Dictionary<string, JsonElement> newValues)
    {
        var facts = new Dictionary<string, string>();
        if (names.Rows.TryGetValue((entry.EntityType, entry.EntityKey), out var stored))
        {
            foreach (var (field, value) in stored)
            {
                facts[field] = value;
            }
        }
        var keyFields = KeyFields.GetValueOrDefault(entry.EntityType) ?? ["Id"];
        var keyParts = entry.EntityKey.Split(',');
        if (keyParts.Length == keyFields.Length)
        {
            for (var i = 0; i < keyFields.Length; i++)
            {
                facts[keyFields[i]] = keyParts[i];
            }
        }
        foreach (var (field, value) in oldValues.Concat(newValues))
        {
            if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                facts[field] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }
        }
        var type = entry.EntityType;
        while (Parents.TryGetValue(type, out var parents))
        {
            var (field, parent) = parents[0];
            if (!facts.TryGetValue(field, out var parentKey) || !names.Rows.TryGetValue((parent, parentKey), out var parentFacts))
            {
                break;
            }
            foreach (var (name, value) in parentFacts)
            {
                facts.TryAdd(name, value);
            }
            type = parent;
        }
        return facts;
    }

    private static (string Record, string? Round) Record(AuditEntry entry, Dictionary<string, string> facts, AuditNames names)
    {
        string? Fact(string field) => facts.GetValueOrDefault(field);
        string? Named(IReadOnlyDictionary<int, string> lookup, string field) =>
            int.TryParse(Fact(field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? lookup.GetValueOrDefault(id) : null;
        string PersonNamed(string field) => Fact(field) is { } id ? names.Person(id)?.Email ?? id : "someone";
        string Pair() => $"{Named(names.Countries, "CountryId") ?? "a country"} × {Named(names.Technologies, "TechnologyId") ?? "a technology"}";
        var round = Named(names.Rounds, "RoundId");
        var key = entry.EntityKey;
        var record = entry.EntityType switch
        {
            "Score" => $"{Pair()}, criterion {Named(names.Criteria, "CriterionId") ?? "?"}"
                + (Fact("AnalystId") is { } analyst && names.Person(analyst) is { } scorer && !string.Equals(scorer.Email, entry.Actor, StringComparison.OrdinalIgnoreCase)
                    ? $", scored by {scorer.Email}" : ""),
            "RoundCriterionWeight" => $"criterion {Named(names.Criteria, "CriterionId") ?? "?"}",
            "AhpMatrix" => $"AHP judgements of {Fact("ManagerName") ?? PersonNamed("ManagerId")}",
            "LonglistEvidence" => Pair(),
            "ShortlistEntry" => Fact("Title") ?? $"shortlist entry {key}",
            "ShortlistRationale" => $"rationale of “{Fact("Title") ?? "a shortlist entry"}”",
            "ShortlistPartner" => Pair(),
            "PrincipleAssessment" => $"{Pair()}, principle {Named(names.Principles, "PrincipleId") ?? "?"}",
            "Round" => RoundName(entry, facts, names),
            "RoundAnalyst" => $"analyst {PersonNamed("AnalystId")}",
            "RoundCountry" => $"country {Named(names.Countries, "CountryId") ?? "?"}",
            "RoundTechnology" => $"technology {Named(names.Technologies, "TechnologyId") ?? "?"}",
            "RoundVisit" => $"visit of {PersonNamed("UserId")}",
            "Criterion" => Named(names.Criteria, "Id") ?? Fact("Name") ?? $"criterion {key}",
            "GuidingQuestion" => $"{Named(names.Criteria, "CriterionId") ?? "a criterion"}, guiding question {Fact("Position") ?? "?"}",
            "ScaleLevel" => $"{Named(names.Criteria, "CriterionId") ?? "a criterion"}, scale level {Fact("Level") ?? "?"}",
            "Country" => Named(names.Countries, "Id") ?? Fact("Name") ?? $"country {key}",
            "CountrySelectionCriterion" => $"{Named(names.Countries, "CountryId") ?? "a country"}, reason for selection",
            "GroupingMember" => $"{Named(names.Countries, "GroupingId") ?? "a grouping"}, member {Named(names.Countries, "MemberId") ?? "?"}",
            "Technology" => Named(names.Technologies, "Id") ?? Fact("Name") ?? $"technology {key}",
            "TechnologyDomain" => $"{Named(names.Technologies, "TechnologyId") ?? "a technology"}, domain {Fact("LongName") ?? key}",
            "TechGroup" => Named(names.TechGroups, "Id") ?? Fact("Name") ?? $"group {key}",
            "Theme" => Named(names.Themes, "Id") ?? Fact("Name") ?? $"theme {key}",
            "Indicator" => Named(names.Indicators, "Id") ?? Fact("Name") ?? $"indicator {key}",
            "IndicatorValue" => $"{Named(names.Indicators, "IndicatorId") ?? "an indicator"}, {Named(names.Countries, "CountryId") ?? "a country"} {Fact("Year")}",
            "IndicatorImport" => Fact("FileName") ?? $"import {key}",
            "StatementRule" => Fact("Statement") ?? Named(names.StatementRules, "Id") ?? $"statement rule {key}",
            "WinWinPrinciple" => Named(names.Principles, "Id") ?? Fact("Name") ?? $"principle {key}",
            "Instrument" => Named(names.Instruments, "Id") ?? Fact("Name") ?? $"instrument {key}",
            "Motivation" => Named(names.Motivations, "Id") ?? Fact("Name") ?? $"motivation {key}",
            "MotivationItem" => $"{Named(names.Motivations, "MotivationId") ?? "a motivation"}, item {Fact("Position") ?? key}",
            "PortalUser" => Fact("Email") ?? names.Person(key)?.Email ?? $"account {key}",
            "IdentityRole" => Fact("Name") is { } role ? $"role {Domain.Accounts.PortalRoles.Label(role)}" : $"role {key}",
            "TechnologySensitivity" => $"research-security tagging of {Named(names.Technologies, "TechnologyId") ?? $"technology {key}"}",
            "CountryCooperationConditions" => $"cooperation conditions of {Named(names.Countries, "CountryId") ?? "a country"} with {Named(names.Countries, "HomeCountryId") ?? "the home country"}",
            "ScreeningReview" => $"research-security screening of {Pair()}",
            "CriterionIndicatorLink" => $"{Named(names.Criteria, "CriterionId") ?? "a criterion"} ↔ {Named(names.Indicators, "IndicatorId") ?? "an indicator"}",
            "StudySeed" => "the study's data (seed-data)",
            _ => $"{AuditWords.Humanize(entry.EntityType).ToLowerInvariant()} {key}",
        };
        return (record, entry.EntityType == "Round" ? null : round);
    }

    /// <summary>A round is keyed by its id in row changes and by its slug in named actions; a deleted one by what the entry kept.</summary>
    private static string RoundName(AuditEntry entry, Dictionary<string, string> facts, AuditNames names) =>
        (int.TryParse(entry.EntityKey, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? names.Rounds.GetValueOrDefault(id) : null)
        ?? names.RoundsBySlug.GetValueOrDefault(entry.EntityKey)
        ?? facts.GetValueOrDefault("Name") ?? facts.GetValueOrDefault("name") ?? entry.EntityKey;

    private static List<AuditFieldChange> Changes(AuditEntry entry, Dictionary<string, JsonElement> oldValues, Dictionary<string, JsonElement> newValues, AuditValueText text)
    {
        if (entry.Action is "weights.set" or "weights.ahp")
        {
            return WeightChanges(oldValues, newValues, text);
        }
        bool Shown(string field, JsonElement value) =>
            !NamingFields.Contains(field) && !(entry.EntityType == "PortalUser" && AccountDefaults.Contains(field)) && !AuditValueText.IsEmpty(value);
        return entry.Action switch
        {
            "added" => [.. newValues.Where(v => Shown(v.Key, v.Value)).Select(v => new AuditFieldChange(text.Label(v.Key), null, text.Value(v.Key, v.Value)))],
            "deleted" => [.. oldValues.Where(v => Shown(v.Key, v.Value)).Select(v => new AuditFieldChange(text.Label(v.Key), text.Value(v.Key, v.Value), null))],
            _ => [.. oldValues.Keys.Union(newValues.Keys).Where(field => field != "UpdatedAt").SelectMany(field => text.Change(field,
                oldValues.TryGetValue(field, out var before) ? before : null, newValues.TryGetValue(field, out var after) ? after : null)).Where(c => c.Old != c.New)],
        };
    }

    /// <summary>Weights are logged as {criterion code: weight} before and {weights: …, details: …} after: one line per criterion.</summary>
    private static List<AuditFieldChange> WeightChanges(Dictionary<string, JsonElement> oldValues, Dictionary<string, JsonElement> newValues, AuditValueText text)
    {
        var after = newValues.TryGetValue("weights", out var weights) && weights.ValueKind == JsonValueKind.Object
            ? weights.EnumerateObject().ToDictionary(p => p.Name, p => p.Value)
            : [];
        var changes = oldValues.Keys.Union(after.Keys)
            .Select(code => new AuditFieldChange(text.CriterionName(code),
                oldValues.TryGetValue(code, out var before) ? text.Value(code, before) : null,
                after.TryGetValue(code, out var now) ? text.Value(code, now) : null))
            .Where(c => c.Old != c.New)
            .ToList();
        if (newValues.TryGetValue("details", out var details) && details.ValueKind == JsonValueKind.Object)
        {
            changes.AddRange(details.EnumerateObject().Where(p => !AuditValueText.IsEmpty(p.Value)).Select(p => new AuditFieldChange(text.Label(p.Name), null, text.Value(p.Name, p.Value))));
        }
        return changes;
    }
}
