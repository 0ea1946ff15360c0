using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Tests.Csv;

public class CsvRecordReaderTests
{
    private static List<CsvRecord> Read(string text) => new CsvRecordReader(new StringReader(text)).ReadAll().ToList();

    [Fact]
    public void Quoted_fields_keep_separators_doubled_quotes_and_line_breaks()
    {
        var records = Read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n");

        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\nlines", "z"], records[2].Fields);
    }

    [Fact]
    public void Each_record_knows_the_line_it_starts_on_even_after_a_multi_line_field()
    {
        var records = Read("h1,h2\r\n\"multi\r\nline\",1\r\nlast,2\r\n");

        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal(["last", "2"], records[2].Fields);
    }

    [Fact]
    public void Empty_fields_are_kept_in_place()
    {
        Assert.Equal(["", "b", ""], Read("a,b,c\n,b,\n")[1].Fields);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_with_the_line_the_record_starts_on()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b\nok,1\n\"never closed,2\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("not closed", error.Message);
    }
}
