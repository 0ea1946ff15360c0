using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Web.Cli;

/// <summary>import indicators FILE [--format auto|tidy|wdi|sdmx|oecd|xlsx] [--dry-run] [--create-indicators]</summary>
public static class ImportCommand
{
    public static void Validate(CliArguments command)
    {
        command.ExpectPositional(2);
        if (command.Positional[0] != "indicators")
        {
            throw new CliUsageException($"import takes 'indicators', not '{command.Positional[0]}'");
        }
        command.AllowOnly("format", "dry-run", "create-indicators");
        ParseFormat(command.Option("format"));
    }

    public static async Task<int> RunAsync(CliContext context)
    {
        var path = context.Command.Positional[1];
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"error: there is no file '{path}'");
            return 1;
        }
        var dryRun = context.Command.Flag("dry-run");
        await using var file = File.OpenRead(path);
        await context.Error.WriteLineAsync($"{(dryRun ? "checking" : "importing")} {Path.GetFileName(path)} ({file.Length / 1024.0:N0} KB)…");
        var report = await context.Services.GetRequiredService<IndicatorImporter>()
            .ImportAsync(file, path, dryRun, context.Command.Flag("create-indicators"), format: ParseFormat(context.Command.Option("format")),
                progress: new ReportAt(progress =>
                {
                    if (progress.FileRead)
                    {
                        context.Error.WriteLine($"  {progress.ValuesRead:N0} values read; checking and writing…");
                    }
                    else if (progress.ValuesRead % 100_000 == 0)
                    {
                        context.Error.WriteLine($"  {progress.ValuesRead:N0} values read, {100.0 * file.Position / Math.Max(1, file.Length):0}% of the file");
                    }
                }));

        foreach (var indicator in report.Indicators)
        {
            await context.Output.WriteLineAsync($"{indicator.Code}\t{indicator.Name}\tnew {indicator.Added}\tchanged {indicator.Updated}\tunchanged {indicator.Unchanged}");
        }
        await context.Output.WriteLineAsync($"countries {report.Countries}, years {report.FirstYear}–{report.LastYear}, missing values {report.MissingValues}");
        if (report.SkippedAggregates.Count > 0)
        {
            await context.Output.WriteLineAsync($"skipped aggregates ({report.SkippedAggregates.Count}): {string.Join(", ", report.SkippedAggregates)}");
        }
        if (report.UnknownCountries.Count > 0)
        {
            await context.Output.WriteLineAsync($"unknown countries, skipped ({report.UnknownCountries.Count}): {string.Join(", ", report.UnknownCountries)}");
        }
        foreach (var problem in report.Problems)
        {
            await context.Error.WriteLineAsync($"error: {problem}");
        }
        if (report.Problems.Count > 0)
        {
            await context.Error.WriteLineAsync("nothing was imported");
            return 1;
        }
        await context.Error.WriteLineAsync(dryRun ? "dry run: nothing was written" : $"imported: {report.Added} new, {report.Updated} changed, {report.Unchanged} unchanged");
        return 0;
    }

    private static ImportFormat ParseFormat(string? text) => text switch
    {
        null or "auto" => ImportFormat.Auto,
        "tidy" => ImportFormat.Tidy,
        "wdi" => ImportFormat.Wdi,
        "sdmx" => ImportFormat.Sdmx,
        "oecd" => ImportFormat.Oecd,
        "xlsx" => ImportFormat.Xlsx,
        _ => throw new CliUsageException(
            $"--format takes auto, tidy, wdi (World Bank bulk CSV), sdmx (OECD SDMX-CSV), oecd (old OECD data-portal export) or xlsx (tidy workbook), not '{text}'"),
    };

    /// <summary>Reports on the importer's own thread, in order (Progress&lt;T&gt; would post to the thread pool and print late).</summary>
    private sealed class ReportAt(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
