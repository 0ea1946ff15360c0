using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Reads the old OECD data-portal export (<c>LOCATION,INDICATOR,SUBJECT,MEASURE,FREQUENCY,TIME,Value,Flag Codes</c>).
/// The file carries codes only, so an indicator is INDICATOR.SUBJECT.MEASURE (e.g. <c>GDEXPRD.TOT.PC_GDP</c>) and
/// its name and unit come from the codes the portal knows, or the codes themselves. Only annual values are taken.
/// </summary>
public static class OecdExportFile
{
    private static readonly string[] Header = ["LOCATION", "INDICATOR", "SUBJECT", "MEASURE", "FREQUENCY", "TIME", "Value"];

    private static readonly Dictionary<string, string> IndicatorNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GDEXPRD"] = "Gross domestic spending on R&D",
        ["BERD"] = "Business enterprise expenditure on R&D",
        ["GOVEXPRD"] = "Government expenditure on R&D",
        ["RESEARCHER"] = "Researchers",
        ["PATENTS"] = "Triadic patent families",
        ["HITECHEXP"] = "High-technology exports",
        ["GDP"] = "Gross domestic product",
    };

    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PC_GDP"] = "% of GDP",
        ["MLN_USD"] = "million US dollars (PPP)",
        ["USD_CAP"] = "US dollars per capita",
        ["AGRWTH"] = "annual growth rate (%)",
        ["PC_GERD"] = "% of GERD",
        ["NBR"] = "number",
        ["1000EMPLOYED"] = "per 1,000 employed",
    };

    public static bool LooksLike(string firstLines)
    {
        var first = firstLines.TrimStart('\uFEFF').Split('\n')[0].Replace("\"", "", StringComparison.Ordinal).Trim();
        return first.StartsWith("LOCATION,INDICATOR,SUBJECT,MEASURE", StringComparison.Ordinal);
    }

    public static IEnumerable<Observation> Read(TextReader reader, ICollection<ImportProblem> problems, Action missingValue)
    {
        var csv = new CsvRecordReader(reader);
        var header = csv.ReadRecord();
        if (header is null || header.Fields.Count < Header.Length || !Header.SequenceEqual(header.Fields.Take(Header.Length).Select(f => f.TrimStart('\uFEFF').Trim())))
        {
            problems.Add(new ImportProblem(1, 0, $"The header must start with {string.Join(',', Header)}."));
            yield break;
        }
        var width = header.Fields.Count;
        while (csv.ReadRecord() is { } record)
        {
            var fields = record.Fields;
            if (RowCheck.IsBlank(record) || !RowCheck.HasWidth(record, width, problems))
            {
                continue;
            }
            if (fields[4].Trim() is var frequency && frequency != "A")
            {
                problems.Add(new ImportProblem(record.Line, 5, $"Only annual values (FREQUENCY A) can be imported; this row's frequency is \"{RowCheck.Shown(frequency)}\"."));
                continue;
            }
            if (!RowCheck.TryYear(record, 5, problems, out var year) || !RowCheck.TryValue(record, 6, problems, missingValue, out var value))
            {
                continue;
            }
            var (indicator, subject, measure) = (fields[1].Trim(), fields[2].Trim(), fields[3].Trim());
            if (!RowCheck.TryCode(record, -1, $"{indicator}.{subject}.{measure}", problems))
            {
                continue;
            }
            var name = IndicatorNames.GetValueOrDefault(indicator, indicator) + (subject is "TOT" or "" ? "" : $" ({subject})");
            yield return new Observation(record.Line, 7, fields[0].Trim(), $"{indicator}.{subject}.{measure}", $"OECD {name}", year, value, Units.GetValueOrDefault(measure, measure));
        }
    }
}
