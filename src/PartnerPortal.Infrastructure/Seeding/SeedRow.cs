namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>One data row of a seed file, with typed readers that fail with file, line and field.</summary>
public sealed class SeedRow(string file, int line, IReadOnlyDictionary<string, string> values)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    public string Text(string field)
    {
        var value = Optional(field);
        return string.IsNullOrWhiteSpace(value) ? throw Error(field, "is required but empty") : value;
    }

    public string? Optional(string field) =>
        values.TryGetValue(field, out var value)
            ? (string.IsNullOrWhiteSpace(value) ? null : value.Trim())
            : throw Error(field, "is missing from the header");

    public bool YesNo(string field) => Text(field).ToLowerInvariant() switch
    {
        "yes" => true,
        "no" => false,
        var other => throw Error(field, $"must be 'yes' or 'no', not '{other}'"),
    };

    public TEnum Enum<TEnum>(string field) where TEnum : struct, Enum
    {
        var text = Text(field);
        var normalised = text.Replace("-", "").Replace("_", "");
        return System.Enum.TryParse<TEnum>(normalised, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw Error(field, $"'{text}' is not one of: {string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()))}");
    }

    public DateOnly? OptionalDate(string field)
    {
        var text = Optional(field);
        if (text is null)
        {
            return null;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date)
            ? date
            : throw Error(field, $"'{text}' is not a date in the form yyyy-mm-dd");
    }

    /// <summary>Looks up a key this row refers to in another seed file.</summary>
    public T Reference<T>(string field, IReadOnlyDictionary<string, T> known)
    {
        var key = Text(field);
        return known.TryGetValue(key, out var value) ? value : throw Error(field, $"refers to unknown '{key}'");
    }

    public int Integer(string field) =>
        int.TryParse(Text(field), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(field, $"must be a whole number, not '{Text(field)}'");

    public SeedDataException Error(string field, string problem) => new(File, Line, field, problem);
}
