using System.Text;

namespace PartnerPortal.Infrastructure.Csv;

/// <summary>
/// Streams RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes, LF or CRLF)
/// and remembers the line each record starts on, so callers can report "line N, column C".
/// </summary>
public sealed class CsvRecordReader(TextReader reader, char separator = ',')
{
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
        while (true)
        {
            var next = reader.Read();
            if (quoted)
            {
                switch (next)
                {
                    case -1:
                        throw new CsvFormatException(startLine, "a quoted field is not closed before the end of the file");
                    case '"' when reader.Peek() == '"':
                        reader.Read();
                        field.Append('"');
                        break;
                    case '"':
                        quoted = false;
                        break;
                    default:
                        if (next == '\n')
                        {
                            _line++;
                        }
                        field.Append((char)next);
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
                    fieldStarted = false;
                    break;
                default:
                    field.Append((char)next);
                    fieldStarted = true;
                    break;
            }
        }
    }
}
