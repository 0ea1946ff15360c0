namespace PartnerPortal.Infrastructure.Csv;

public static class CsvText
{
    /// <summary>Quotes a field when it holds a separator, quote or line break (RFC 4180).</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static string Line(params IEnumerable<string> fields) => string.Join(",", fields.Select(Field));

    /// <summary>
    /// A line for a file people will open in a spreadsheet: a cell starting with =, +, -, @ (or a tab or
    /// carriage return) would be run as a formula, so it gets a leading apostrophe (OWASP CSV injection).
    /// </summary>
    public static string SafeLine(params IEnumerable<string> fields) => Line(fields.Select(Neutralise));

    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
