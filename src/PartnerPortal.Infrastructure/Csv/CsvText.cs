using System.Buffers;
using System.Text;

namespace PartnerPortal.Infrastructure.Csv;

/// <summary>The one CSV writer of the portal's exports (round tables, audit log).</summary>
public static class CsvText
{
    /// <summary>Where a spreadsheet of some locale ends a cell: our comma, Europe's semicolon, a tab, a line break.</summary>
    private static readonly SearchValues<char> CellBreaks = SearchValues.Create(",;\t\r\n");

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",;\t\r\n\"");

    /// <summary>
    /// Quotes a field that holds a quote, a line break or the separator of any common locale (RFC 4180, with the
    /// semicolon and tab added: a semicolon Excel would otherwise split "Germany;=1+1" into two cells).
    /// </summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static string Line(params IEnumerable<string> fields) => string.Join(",", fields.Select(Field));

    /// <summary>
    /// A line for a file people will open in a spreadsheet: a cell starting with =, +, -, @ (or a tab or
    /// carriage return) would be run as a formula, so it gets a leading apostrophe (OWASP CSV injection).
    /// </summary>
    public static string SafeLine(params IEnumerable<string> fields) => Line(fields.Select(Neutralise));

    /// <summary>
    /// Puts an apostrophe before a formula character wherever a spreadsheet may start a cell: at the start, and
    /// after a separator or line break inside the text. Quotes keep such a field whole only where the reader
    /// splits on our comma; a semicolon Excel splits "x,"Germany;=1+1;"" inside the quotes all the same.
    /// </summary>
    public static string Neutralise(string value)
    {
        var guarded = value.Length > 0 && IsFormulaStart(value[0]) ? "'" + value : value;
        if (guarded.AsSpan().IndexOfAny(CellBreaks) < 0)
        {
            return guarded;
        }
        var text = new StringBuilder(guarded.Length + 8);
        for (var i = 0; i < guarded.Length; i++)
        {
            text.Append(guarded[i]);
            if (CellBreaks.Contains(guarded[i]) && i + 1 < guarded.Length && IsFormulaStart(guarded[i + 1]))
            {
                text.Append('\'');
            }
        }
        return text.ToString();
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';
}
