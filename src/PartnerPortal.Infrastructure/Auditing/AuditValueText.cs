using System.Globalization;
using System.Text.Json;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>Field names and values of one table's audit entries as people read them: ids as the names they stand for.</summary>
internal sealed class AuditValueText(AuditNames names, string entityType)
{
    /// <summary>Lists longer than this are shown as what was added and removed, not as two long lists.</summary>
    private const int LongList = 6;

    /// <summary>A list shows this many items, then how many more (the CSV export has them all).</summary>
    private const int ShownItems = 12;

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["AnalystId"] = "Analyst",
        ["ManagerId"] = "Manager",
        ["UserId"] = "Person",
        ["HomeCountryId"] = "Home country",
        ["AddressedQuestionIds"] = "Guiding questions addressed",
        ["InstrumentIds"] = "Instruments",
        ["LockoutEnd"] = "Locked until",
        ["LockedOutUntil"] = "Locked until",
        ["AccessFailedCount"] = "Failed sign-ins in a row",
        ["RevisionComment"] = "Reason for the revision",
        ["SecurityStamp"] = "Open sessions",
        ["DisplayName"] = "Name",
        ["Iso2"] = "ISO 3166 alpha-2",
        ["Iso3"] = "ISO 3166 alpha-3",
        ["Areas"] = "Critical technology areas",
        ["DualUse"] = "Dual use or export controlled",
        ["AgreementInForceSince"] = "S&T agreement in force since",
        ["AssociatedToProgrammes"] = "Associated to programmes",
        ["HigherValueSupportsHigherScore"] = "A higher value supports a higher score",
        ["OverrideLevel"] = "Screening level set by a manager",
        ["OverrideRationale"] = "Why the level differs from the rule",
        ["MitigationText"] = "Mitigation plan",
        ["MitigationMeasures"] = "Mitigation measures",
        ["ScreeningRule"] = "Screening matrix",
        ["RequireMitigationForHigh"] = "Mitigation plan required before a high-level pair is accepted",
        ["HighLevelPairs"] = "High-level pairs in the proposal",
    };

    public string Label(string field)
    {
        if (Labels.TryGetValue(field, out var label))
        {
            return label;
        }
        if (entityType == "Score" && field == "Value")
        {
            return "Score";
        }
        var words = AuditWords.Humanize(field.Length > 2 && field.EndsWith("Id", StringComparison.Ordinal) ? field[..^2] : field);
        return words.Length == 0 ? field : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public string CriterionName(string code) => names.CriteriaByCode.GetValueOrDefault(code) ?? code;

    public static bool IsEmpty(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0)
        || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);

    /// <summary>A changed field: secrets say only that they changed; long lists say what was added and what removed.</summary>
    public IEnumerable<AuditFieldChange> Change(string field, JsonElement? before, JsonElement? after)
    {
        if (before is { ValueKind: JsonValueKind.String } withheld && withheld.GetString() == "(withheld)")
        {
            yield return new AuditFieldChange(Label(field), null, field == "SecurityStamp" ? "ended (signed out everywhere)" : "changed");
            yield break;
        }
        if (before is { ValueKind: JsonValueKind.Array } oldList && after is { ValueKind: JsonValueKind.Array } newList
            && Math.Max(oldList.GetArrayLength(), newList.GetArrayLength()) > LongList)
        {
            var was = Items(field, oldList).ToList();
            var now = Items(field, newList).ToList();
            if (now.Except(was).ToList() is { Count: > 0 } added)
            {
                yield return new AuditFieldChange($"{Label(field)} added", null, Listed(added));
            }
            if (was.Except(now).ToList() is { Count: > 0 } removed)
            {
                yield return new AuditFieldChange($"{Label(field)} removed", Listed(removed), null);
            }
            yield break;
        }
        yield return new AuditFieldChange(Label(field), before is { } b ? Value(field, b) : null, after is { } a ? Value(field, a) : null);
    }

    public string Value(string field, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return entityType == "Score" && field == "Value" ? "insufficient evidence" : "—";
            case JsonValueKind.True:
                return "yes";
            case JsonValueKind.False:
                return "no";
            case JsonValueKind.Array:
                return value.GetArrayLength() == 0 ? "none" : Listed(Items(field, value).ToList());
            case JsonValueKind.Object:
                return string.Join("; ", value.EnumerateObject().Select(p => $"{(names.CriteriaByCode.TryGetValue(p.Name, out var criterion) ? criterion : Label(p.Name))}: {Value(p.Name, p.Value)}"));
            case JsonValueKind.Number:
                return Named(field, value.GetRawText()) ?? Number(value);
            default:
                var text = value.GetString()!;
                return Named(field, text) ?? Screening(field, text) ?? When(text) ?? text;
        }
    }

    private IEnumerable<string> Items(string field, JsonElement list) => list.EnumerateArray().Select(item => field switch
    {
        "AddressedQuestionIds" when item.TryGetInt32(out var id) && names.Questions.TryGetValue(id, out var question) => $"question {question.Number}",
        "InstrumentIds" when item.TryGetInt32(out var id) && names.Instruments.TryGetValue(id, out var instrument) => instrument,
        "Roles" or "roles" when item.ValueKind == JsonValueKind.String => PortalRoles.Label(item.GetString()!),
        "countries" when item.ValueKind == JsonValueKind.String && names.CountriesByCode.TryGetValue(item.GetString()!, out var country) => country,
        "technologies" when item.ValueKind == JsonValueKind.String && names.TechnologiesBySlug.TryGetValue(item.GetString()!, out var technology) => technology,
        "Areas" when item.ValueKind == JsonValueKind.String && Enum.TryParse<Domain.ResearchSecurity.CriticalTechnologyArea>(item.GetString(), out var area)
            && Enum.IsDefined(area) => Domain.ResearchSecurity.CriticalTechnologyAreas.Name(area),
        _ => Value(field, item),
    });

    /// <summary>An id as the name it stands for; null when the field is no reference or the row is gone.</summary>
    private string? Named(string field, string raw)
    {
        int? id = int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
        return field switch
        {
            "AnalystId" or "ManagerId" or "UserId" => names.Person(raw)?.Email,
            "CountryId" or "HomeCountryId" or "GroupingId" or "MemberId" when id is { } i => names.Countries.GetValueOrDefault(i),
            "TechnologyId" when id is { } i => names.Technologies.GetValueOrDefault(i),
            "CriterionId" when id is { } i => names.Criteria.GetValueOrDefault(i),
            "RoundId" when id is { } i => names.Rounds.GetValueOrDefault(i),
            "IndicatorId" when id is { } i => names.Indicators.GetValueOrDefault(i),
            "TechGroupId" when id is { } i => names.TechGroups.GetValueOrDefault(i),
            "ThemeId" when id is { } i => names.Themes.GetValueOrDefault(i),
            "PrincipleId" when id is { } i => names.Principles.GetValueOrDefault(i),
            "MotivationId" when id is { } i => names.Motivations.GetValueOrDefault(i),
            _ => null,
        };
    }

    /// <summary>The research-security settings and reviews in words: the matrix's twelve digits as levels, the measures' flags as the toolkit's names.</summary>
    private static string? Screening(string field, string text) => field switch
    {
        "MitigationMeasures" => Enum.TryParse<MitigationMeasure>(text, out var measures) && measures != MitigationMeasure.None
            ? string.Join(", ", MitigationMeasureText.InSentence(measures)) : text == "None" ? "none" : text,
        "HighLevelPairs" => text switch { "Flag" => "flagged", "Exclude" => "excluded", _ => text },
        "ScreeningRule" when text is { Length: 12 } && text.All(c => c is >= '1' and <= '3') =>
            string.Join("; ", new[] { "low", "medium", "high" }.Select((sensitivity, row) =>
                $"{sensitivity} sensitivity {string.Join("/", text.Substring(row * 4, 4).Select(c => c switch { '1' => "low", '2' => "medium", _ => "high" }))}"))
            + " (by country risk unknown/low/medium/high)",
        _ => null,
    };

    private static string Listed(IReadOnlyList<string> items) =>
        items.Count <= ShownItems ? string.Join(", ", items) : $"{string.Join(", ", items.Take(ShownItems))} … and {items.Count - ShownItems} more";

    private static string Number(JsonElement value) =>
        value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : value.GetDouble().ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A timestamp the log wrote (ISO 8601) in the page's UTC; the end of time, which locks an account, as "for good".</summary>
    private static string? When(string text)
    {
        if (text.Length < 19 || text[10] != 'T' || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when))
        {
            return null;
        }
        return when == DateTimeOffset.MaxValue || when.Year == 9999 ? "for good (account disabled)" : when.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
    }
}
