using System.Text;

namespace PartnerPortal.Infrastructure.Csv;

/// <summary>
/// Streams RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes, LF or CRLF)
/// and remembers the line each record starts on, so callers can report "line N, column C". A record is
/// held whole in memory, so its size is bounded: a file of one endless line is refused where it passes a
/// limit, not read until the process runs out of memory.
/// </summary>
public sealed class CsvRecordReader(TextReader reader, char separator = ',')
{
    /// <summary>Excel's own limit for one cell.</summary>
    public const int MaximumFieldCharacters = 32_767;

    /// <summary>Excel's own limit for one row: 16,384 columns, A to XFD.</summary>
    public const int MaximumFields = 16_384;

    /// <summary>A record (a line, or several when quoted fields hold line breaks) longer than this is refused.</summary>
    public const int MaximumRecordCharacters = 1_048_576;

    private int _line = 1;

    public IEnumerable<CsvRecord> ReadAll()
    {
        while (ReadRecord() is { } record)
        {
            yield return record;
        }
    }

    public CsvRecord? ReadRecord()
    {
        if (reader.Peek() < 0)
        {
            return null;
        }
        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        var characters = 0;
        while (true)
        {
            var next = reader.Read();
            if (++characters > MaximumRecordCharacters)
            {
                throw new CsvFormatException(startLine, $"The line is longer than {MaximumRecordCharacters:N0} characters.");
            }
            if (quoted)
            {
                switch (next)
                {
                    case -1:
                        throw new CsvFormatException(startLine, "a quoted field is not closed before the end of the file (is the file cut short?)");
                    case '"' when reader.Peek() == '"':
                        reader.Read();
                        Append(field, '"', startLine, fields.Count);
                        break;
                    case '"':
                        quoted = false;
                        break;
                    default:
                        if (next == '\n')
                        {
                            _line++;
                        }
                        Append(field, (char)next, startLine, fields.Count);
                        break;
                }
                continue;
            }
            switch (next)
            {
                case -1:
                    fields.Add(field.ToString());
                    return new CsvRecord(startLine, fields);
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n':
                    _line++;
                    fields.Add(field.ToString());
                    return new CsvRecord(startLine, fields);
                case '"' when !fieldStarted:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case var c when c == separator:
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count >= MaximumFields)
                    {
                        throw new CsvFormatException(startLine, $"The row has more than {MaximumFields:N0} columns (Excel's limit).");
                    }
                    fieldStarted = false;
                    break;
                default:
                    Append(field, (char)next, startLine, fields.Count);
                    fieldStarted = true;
                    break;
            }
        }
    }

    private static void Append(StringBuilder field, char next, int line, int column)
    {
        if (field.Length == MaximumFieldCharacters)
        {
            throw new CsvFormatException(line, $"The cell is longer than {MaximumFieldCharacters:N0} characters (Excel's limit for a cell).", column + 1);
        }
        field.Append(next);
    }
}
