using System.Text;
using System.Text.RegularExpressions;
using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Reads SDMX-CSV as the OECD Data Explorer exports it: structure columns (STRUCTURE, STRUCTURE_ID,
/// STRUCTURE_NAME, ACTION — or DATAFLOW in SDMX-CSV 1.0), the dataflow's dimensions in order, TIME_PERIOD,
/// OBS_VALUE, then attributes. The "with labels" variant follows each code column with its label column.
/// A series — the dataflow plus its dimension values other than the area and the frequency — is one indicator,
/// e.g. <c>DF_MSTI.G.PT_B1GQ</c> for R&amp;D spending as a share of GDP. Only annual values are taken.
/// </summary>
public static partial class SdmxCsvFile
{
    private static readonly HashSet<string> StructureColumns = ["STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "DATAFLOW"];
    private const int MaximumNameLength = 300;

    /// <summary>Each series' name is kept while the file is read; an export of the whole Data Explorer has a few thousand.</summary>
    private const int MaximumSeries = 10_000;

    public static bool LooksLike(string firstLines)
    {
        var header = firstLines.TrimStart('\uFEFF').Split('\n')[0];
        return header.Contains("REF_AREA", StringComparison.Ordinal) && header.Contains("TIME_PERIOD", StringComparison.Ordinal)
            && header.Contains("OBS_VALUE", StringComparison.Ordinal);
    }

    public static IEnumerable<Observation> Read(TextReader reader, ICollection<ImportProblem> problems, Action missingValue)
    {
        var csv = new CsvRecordReader(reader);
        if (csv.ReadRecord() is not { } header || Layout.Of(header) is not { } layout)
        {
            problems.Add(new ImportProblem(1, 0, "The header must name the columns REF_AREA, TIME_PERIOD and OBS_VALUE (SDMX-CSV)."));
            yield break;
        }
        var width = header.Fields.Count;
        var names = new Dictionary<string, (string Name, string Unit)>();
        while (csv.ReadRecord() is { } record)
        {
            var fields = record.Fields;
            if (RowCheck.IsBlank(record) || !RowCheck.HasWidth(record, width, problems))
            {
                continue;
            }
            if (layout.Frequency is { } frequency && fields[frequency].Trim() is var code && code != "A")
            {
                problems.Add(new ImportProblem(record.Line, frequency + 1, $"Only annual values (FREQ A) can be imported; this row's frequency is \"{RowCheck.Shown(code)}\"."));
                continue;
            }
            if (!RowCheck.TryYear(record, layout.TimePeriod, problems, out var year, " (only annual values can be imported)")
                || !RowCheck.TryValue(record, layout.Value, problems, missingValue, out var value))
            {
                continue;
            }
            var series = layout.SeriesCode(fields);
            if (!RowCheck.TryCode(record, -1, series, problems))
            {
                continue;
            }
            if (!names.TryGetValue(series, out var described))
            {
                if (names.Count == MaximumSeries)
                {
                    problems.Add(new ImportProblem(record.Line, 0, $"The file holds more than {MaximumSeries:N0} series; import it in parts."));
                    yield break;
                }
                described = layout.Describe(fields);
                names[series] = described;
            }
            yield return new Observation(record.Line, layout.Value + 1, fields[layout.Area].Trim(), series, described.Name, year, value, described.Unit);
        }
    }

    /// <summary>Where the columns that matter stand in one file's header.</summary>
    private sealed record Layout(int? Flow, int? FlowName, int Area, int? Frequency, int TimePeriod, int Value, int? Unit, int? UnitMultiplier,
        IReadOnlyList<int> Dimensions, IReadOnlyDictionary<int, int> Labels)
    {
        public static Layout? Of(CsvRecord header)
        {
            var columns = header.Fields.Select(f => f.TrimStart('\uFEFF').Trim()).ToList();
            int? Find(string name) => columns.IndexOf(name) is var i and >= 0 ? i : null;
            if (Find("REF_AREA") is not { } area || Find("TIME_PERIOD") is not { } time || Find("OBS_VALUE") is not { } value)
            {
                return null;
            }
            // A label column follows its code column and is not itself named like a code (e.g. "Reference area").
            var labels = new Dictionary<int, int>();
            for (var i = 0; i + 1 < columns.Count; i++)
            {
                if (IsCode(columns[i]) && !IsCode(columns[i + 1]))
                {
                    labels[i] = i + 1;
                }
            }
            var frequency = Find("FREQ");
            var first = columns.FindLastIndex(c => StructureColumns.Contains(c)) + 1;
            var dimensions = Enumerable.Range(first, Math.Max(0, time - first))
                .Where(i => IsCode(columns[i]) && i != area && i != frequency).ToList();
            return new Layout(Find("STRUCTURE_ID") ?? Find("DATAFLOW"), Find("STRUCTURE_NAME"), area, frequency, time, value,
                Find("UNIT_MEASURE"), Find("UNIT_MULT"), dimensions, labels);
        }

        public string SeriesCode(IReadOnlyList<string> fields)
        {
            var code = new StringBuilder(FlowId(fields));
            foreach (var dimension in Dimensions)
            {
                code.Append('.').Append(fields[dimension].Trim());
            }
            return code.ToString();
        }

        /// <summary>The series' name from the dataflow's and the dimensions' labels, its unit from UNIT_MEASURE (and UNIT_MULT).</summary>
        public (string Name, string Unit) Describe(IReadOnlyList<string> fields)
        {
            string Label(int column) => Labels.TryGetValue(column, out var label) && fields[label].Trim() is { Length: > 0 } text ? text : fields[column].Trim();
            var flow = FlowName is { } name && fields[name].Trim() is { Length: > 0 } title ? title : FlowId(fields);
            // "_Z" (not applicable) and "_T" (total) say nothing a reader needs in the name.
            var parts = Dimensions.Where(d => d != Unit && fields[d].Trim() is not ("_Z" or "_T" or "")).Select(Label);
            var fullName = $"{flow}: {string.Join(", ", parts)}";
            var unit = Unit is { } u ? Label(u) : "";
            if (UnitMultiplier is { } multiplier && fields[multiplier].Trim() is { Length: > 0 } power && power != "0")
            {
                unit = $"{unit} ({Label(multiplier)})".Trim();
            }
            return (fullName.Length > MaximumNameLength ? fullName[..(MaximumNameLength - 1)] + "…" : fullName, unit.Length > 100 ? unit[..100] : unit);
        }

        /// <summary>"OECD.STI.STP:DSD_MSTI@DF_MSTI(1.3)" → "DF_MSTI": the dataflow's own id, without agency, structure or version.</summary>
        private string FlowId(IReadOnlyList<string> fields)
        {
            var id = Flow is { } flow ? fields[flow].Trim() : "SDMX";
            id = id[(id.IndexOf(':') + 1)..];
            id = id[(id.IndexOf('@') + 1)..];
            var version = id.IndexOf('(');
            return version > 0 ? id[..version] : id;
        }
    }

    private static bool IsCode(string column) => CodeColumn().IsMatch(column);

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex CodeColumn();
}
