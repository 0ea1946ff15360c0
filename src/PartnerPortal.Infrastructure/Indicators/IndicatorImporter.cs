using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using NpgsqlTypes;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Csv;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Imports an indicator file in one transaction: the file is streamed (never held whole) into a staging table
/// with binary COPY, checked, then merged into the values — new, changed (recording the import) or left alone.
/// A file with any problem writes nothing; a dry run reports the same counts and writes nothing either.
/// Memory stays flat whatever the file holds: rows, cells and workbook parts are read within bounds (see
/// <see cref="CsvRecordReader"/>, <see cref="WorkbookPackage"/>), and what is kept across rows — problems,
/// unknown countries and indicators — is capped; a file past a bound is refused, saying which and where.
/// It runs on the owner's connection: a large merge drops and re-adds foreign keys (<see cref="IndicatorValuesMerge"/>),
/// which only the table's owner may, and the merge shares the import's one transaction.
/// </summary>
public sealed class IndicatorImporter(
    OwnerDbContextFactory contextFactory, AuditTrail audit, IAuditActor actor, TimeProvider clock, IConfiguration configuration, ImportSlots slots)
{
    /// <summary>The largest file accepted, <c>Portal:Import:MaximumFileMegabytes</c> (200 MB unless configured).</summary>
    public long MaximumFileBytes { get; } = MaximumFileBytesFrom(configuration);

    public static long MaximumFileBytesFrom(IConfiguration configuration) => configuration.GetValue("Portal:Import:MaximumFileMegabytes", 200L) * 1024 * 1024;

    /// <summary>How often, in values read, a long import reports that it is moving.</summary>
    public const int ProgressEvery = 10_000;

    /// <summary>One file may create at most this many indicators; their names are held until the file is read.</summary>
    public const int MaximumNewIndicators = 1_000;

    /// <summary>Unknown countries are listed in the report, up to this many.</summary>
    private const int MaximumUnknownCountries = 1_000;

    /// <summary>From how many new or changed values an import checks foreign keys once instead of per row (see <see cref="IndicatorValuesMerge"/>).</summary>
    public int BulkMergeFrom { get; init; } = 100_000;

    public async Task<ImportReport> ImportAsync(
        Stream file, string fileName, bool dryRun, bool createIndicators = false, CancellationToken cancellationToken = default, ImportFormat format = ImportFormat.Auto,
        IProgress<ImportProgress>? progress = null)
    {
        var problems = new ImportProblems();
        if (file.CanSeek && file.Length > MaximumFileBytes)
        {
            return Refused(fileName, dryRun, new ImportProblem(0, 0, $"The file is {file.Length / 1024.0 / 1024:0.#} MB; the limit is {MaximumFileBytes / 1024 / 1024:N0} MB."));
        }
        using var slot = slots.TryTake();
        if (slot is null)
        {
            return Refused(fileName, dryRun, new ImportProblem(0, 0,
                $"Another import is running; try again in a minute. (The portal runs {slots.Maximum} at a time: Portal:Import:MaximumConcurrentImports.)"));
        }
        var buffered = new BufferedStream(file, 64 * 1024);
        var start = new byte[4096];
        var read = await buffered.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return Refused(fileName, dryRun, new ImportProblem(0, 0, "The file is empty."));
        }
        var detected = IndicatorFile.Detect(start.AsSpan(0, read));
        if (format == ImportFormat.Xlsx && detected != ImportFormat.Xlsx)
        {
            return Refused(fileName, dryRun, new ImportProblem(0, 0, "This is not an .xlsx workbook."));
        }
        if (detected != ImportFormat.Xlsx && Array.IndexOf(start, (byte)0, 0, read) >= 0)
        {
            return Refused(fileName, dryRun, new ImportProblem(0, 0, "This is a binary file, not a CSV text file or an .xlsx workbook."));
        }
        format = format != ImportFormat.Auto ? format : detected;
        if (format == ImportFormat.Auto)
        {
            return Refused(fileName, dryRun, new ImportProblem(0, 0, $"The format is not recognised: {IndicatorFile.Expected}"));
        }
        await using var workbookCopy = format == ImportFormat.Xlsx && !file.CanSeek ? await SeekableCopyAsync(start.AsMemory(0, read), buffered, cancellationToken) : null;
        if (format == ImportFormat.Xlsx && workbookCopy is null)
        {
            file.Position = 0;
        }
        var text = new StreamReader(new ConcatenatedStream(start.AsMemory(0, read), buffered), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);

        await using var db = contextFactory.CreateDbContext();
        var countries = await CountryIdsAsync(db, cancellationToken);
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        var (aggregates, unknownCountries, unknownIndicators) = (new SortedSet<string>(), new SortedSet<string>(), new SortedSet<string>());
        var missing = 0;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE indicator_staging (indicator_code text, indicator_id integer, country_id integer, year integer, value double precision, line integer) ON COMMIT DROP", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var newIndicators = new Dictionary<string, Indicator>();
        try
        {
            await using var writer = await connection.BeginBinaryImportAsync("COPY indicator_staging (indicator_code, indicator_id, country_id, year, value, line) FROM STDIN (FORMAT BINARY)", cancellationToken);
            writer.Timeout = TimeSpan.FromMinutes(10);
            var observations = format == ImportFormat.Xlsx
                ? IndicatorFile.ReadWorkbook(workbookCopy ?? file, problems, () => missing++)
                : IndicatorFile.Read(format, text, problems, () => missing++);
            var count = 0L;
            foreach (var observation in observations)
            {
                if (++count % ProgressEvery == 0)
                {
                    progress?.Report(new ImportProgress(count, FileRead: false));
                }
                if (!countries.TryGetValue(AggregateAreas.AsGroupings.GetValueOrDefault(observation.CountryCode, observation.CountryCode), out var countryId))
                {
                    if (AggregateAreas.Codes.Contains(observation.CountryCode))
                    {
                        aggregates.Add(observation.CountryCode);
                    }
                    else if (unknownCountries.Count < MaximumUnknownCountries)
                    {
                        unknownCountries.Add(RowCheck.Shown(observation.CountryCode));
                    }
                    continue;
                }
                var known = indicators.TryGetValue(observation.IndicatorCode, out var indicatorId);
                if (!known && !newIndicators.ContainsKey(observation.IndicatorCode))
                {
                    if (newIndicators.Count == MaximumNewIndicators)
                    {
                        problems.Add(new ImportProblem(observation.Line, 0,
                            $"The file names more than {MaximumNewIndicators:N0} indicators the portal does not know; one import creates at most {MaximumNewIndicators:N0}."));
                        break;
                    }
                    // Created (when confirmed) after the COPY: the connection is busy with it until then.
                    newIndicators.Add(observation.IndicatorCode, NewIndicator(observation, format));
                    unknownIndicators.Add($"{observation.IndicatorCode} ({RowCheck.Shown(observation.IndicatorName)})");
                }
                // Synchronous writes: a million rows of awaited field writes cost more than the COPY itself.
                writer.StartRow();
                writer.Write(observation.IndicatorCode, NpgsqlDbType.Text);
                if (known)
                {
                    writer.Write(indicatorId, NpgsqlDbType.Integer);
                }
                else
                {
                    writer.WriteNull();
                }
                writer.Write(countryId, NpgsqlDbType.Integer);
                writer.Write(observation.Year, NpgsqlDbType.Integer);
                writer.Write(observation.Value, NpgsqlDbType.Double);
                writer.Write(observation.Line, NpgsqlDbType.Integer);
            }
            await writer.CompleteAsync(cancellationToken);
            progress?.Report(new ImportProgress(count, FileRead: true));
        }
        // An unreadable file aborts the COPY, and with it the transaction: nothing is written.
        catch (DecoderFallbackException)
        {
            return Refused(fileName, dryRun, new ImportProblem(0, 0, "The file is not UTF-8 text; save it as \"CSV UTF-8\" and try again."));
        }
        catch (CsvFormatException e)
        {
            return Refused(fileName, dryRun, new ImportProblem(e.Line, e.Column, e.Problem));
        }
        catch (ImportLimitException e)
        {
            return Refused(fileName, dryRun, new ImportProblem(e.Line, e.Column, e.Problem));
        }
        catch (Exception e) when (format == ImportFormat.Xlsx && e is InvalidDataException or IOException or System.Xml.XmlException)
        {
            return Refused(fileName, dryRun, new ImportProblem(0, 0, $"The workbook cannot be read — is it cut short or damaged? ({e.Message})"));
        }
        if (newIndicators.Count > 0 && createIndicators)
        {
            db.Indicators.AddRange(newIndicators.Values);
            await db.SaveChangesAsync(cancellationToken);
            unknownIndicators.Clear();
        }
        // Statistics, so the checks and the merge join the staged rows by the right plan.
        await using (var resolve = new NpgsqlCommand(
            "UPDATE indicator_staging s SET indicator_id = i.id FROM indicators i WHERE s.indicator_id IS NULL AND i.code = s.indicator_code; ANALYZE indicator_staging", connection))
        {
            await resolve.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var duplicate in await DuplicatesAsync(connection, cancellationToken))
        {
            problems.Add(duplicate);
        }
        if (unknownIndicators.Count > 0)
        {
            var named = string.Join(", ", unknownIndicators.Take(5)) + (unknownIndicators.Count > 5 ? $" and {unknownIndicators.Count - 5} more" : "");
            problems.Add(new ImportProblem(0, 0, $"The file holds indicators the portal does not know ({unknownIndicators.Count}): {named}. Confirm to create them from the file's names (--create-indicators)."));
        }

        var changes = await ChangesAsync(connection, cancellationToken);
        var (countryCount, firstYear, lastYear) = await CoverageAsync(connection, cancellationToken);
        var imported = problems.Count == 0 && !dryRun;
        if (imported)
        {
            var record = new IndicatorImport
            {
                FileName = Path.GetFileName(fileName), Format = format.ToString().ToLowerInvariant(), ImportedAt = clock.GetUtcNow(), ImportedBy = actor.Name,
                Added = changes.Sum(c => c.Added), Updated = changes.Sum(c => c.Updated), Unchanged = changes.Sum(c => c.Unchanged),
            };
            db.IndicatorImports.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            await IndicatorValuesMerge.RunAsync(connection, record.Id, record.Added, record.Updated, BulkMergeFrom, cancellationToken);
            audit.Record(db, "indicators.imported", nameof(IndicatorImport), record.Id.ToString(), null,
                new { record.FileName, record.Added, record.Updated, record.Unchanged, skippedAggregates = aggregates.Count, unknownCountries });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return new ImportReport(Path.GetFileName(fileName), dryRun, imported, changes, countryCount, firstYear, lastYear, missing,
            [.. aggregates], [.. unknownCountries], [.. unknownIndicators], problems.Listed());
    }

    /// <summary>A workbook is a zip archive, read from its end: an upload that cannot seek is copied to a temporary file first.</summary>
    private static async Task<Stream> SeekableCopyAsync(ReadOnlyMemory<byte> start, Stream rest, CancellationToken cancellationToken)
    {
        var copy = ImportTemporaryFiles.Create();
        await copy.WriteAsync(start, cancellationToken);
        await rest.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }

    private static ImportReport Refused(string fileName, bool dryRun, ImportProblem problem) =>
        new(Path.GetFileName(fileName), dryRun, false, [], 0, null, null, 0, [], [], [], [problem]);

    /// <summary>Countries by our code, by ISO alpha-3 (the World Bank's), by ISO alpha-2 and by name, in that order of precedence.</summary>
    private static async Task<Dictionary<string, int>> CountryIdsAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.Select(c => new { c.Id, c.Code, c.Iso3, c.Iso2, c.Name }).ToListAsync(cancellationToken);
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        IEnumerable<(string? Key, int Id)> keys =
        [
            .. countries.Select(c => ((string?)c.Code, c.Id)), .. countries.Select(c => (c.Iso3, c.Id)),
            .. countries.Select(c => (c.Iso2, c.Id)), .. countries.Select(c => ((string?)c.Name, c.Id)),
        ];
        foreach (var (key, id) in keys)
        {
            if (key is not null)
            {
                ids.TryAdd(key, id);
            }
        }
        return ids;
    }

    /// <summary>An indicator made from the file's own name and unit, or a name like "Research and development expenditure (% of GDP)".</summary>
    private static Indicator NewIndicator(Observation observation, ImportFormat format)
    {
        // Cut to the catalogue's column sizes: a file's names can be as long as a cell.
        var name = Cut(observation.IndicatorName, 2000);
        var source = $"{IndicatorFile.Publisher(format)} (created from an imported file)";
        if (observation.IndicatorUnit is { } fileUnit)
        {
            return new Indicator { Code = observation.IndicatorCode, Name = Cut(name, 300), Unit = Cut(fileUnit, 100), Source = source, Description = Cut($"{name} ({fileUnit})", 2000) };
        }
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        var (title, unit) = open > 0 && name.EndsWith(')') ? (name[..open], name[(open + 2)..^1]) : (name, "");
        return new Indicator { Code = observation.IndicatorCode, Name = Cut(title, 300), Unit = Cut(unit, 100), Source = source, Description = name };
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static async Task<List<ImportProblem>> DuplicatesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT min(line), max(line), year FROM indicator_staging GROUP BY indicator_code, country_id, year HAVING count(*) > 1 ORDER BY 1 LIMIT 20", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var problems = new List<ImportProblem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            problems.Add(new ImportProblem(reader.GetInt32(1), 0, $"The row repeats line {reader.GetInt32(0)} (same country and indicator, year {reader.GetInt32(2)})."));
        }
        return problems;
    }

    private static async Task<List<IndicatorChanges>> ChangesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT i.code, i.name,
                   count(*) FILTER (WHERE v.value IS NULL)::int,
                   count(*) FILTER (WHERE v.value IS NOT NULL AND v.value IS DISTINCT FROM s.value)::int,
                   count(*) FILTER (WHERE v.value = s.value)::int
            FROM indicator_staging s
            JOIN indicators i ON i.id = s.indicator_id
            LEFT JOIN indicator_values v ON v.indicator_id = s.indicator_id AND v.country_id = s.country_id AND v.year = s.year
            GROUP BY i.code, i.name ORDER BY i.code
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<IndicatorChanges>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new IndicatorChanges(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        }
        return changes;
    }

    private static async Task<(int Countries, int? First, int? Last)> CoverageAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(DISTINCT country_id)::int, min(year), max(year) FROM indicator_staging", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2));
    }
}
