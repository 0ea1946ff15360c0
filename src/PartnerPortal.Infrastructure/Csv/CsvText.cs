namespace PartnerPortal.Infrastructure.Csv;

public static class CsvText
{
    /// <summary>Quotes a field when it holds a separator, quote or line break (RFC 4180).</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static string Line(params IEnumerable<string> fields) => string.Join(",", fields.Select(Field));
}
