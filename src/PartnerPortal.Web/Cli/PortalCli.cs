using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Web.Hosting;

namespace PartnerPortal.Web.Cli;

/// <summary>
/// Administrative verbs on the portal's own executable. They use the same configuration and database
/// as the portal (embedded cluster included) and bring the schema up to date before they act.
/// </summary>
public static class PortalCli
{
    public const string Usage = """
        Usage: PartnerPortal.Web <command> [options]

        Commands:
          migrate                                   Apply database migrations.
          seed                                      Migrate, then load the study in seed-data/ (running it again changes nothing).
          export longlist|shortlist --round SLUG [--format csv|json|xlsx] [--out FILE]
                                                    Write a round's longlist or shortlist, one row per pair, UTF-8
                                                    (xlsx needs --out). CSV is the study's Table 6.1
                                                    (country,theme,technology) or 6.2 (theme,technology,country) in
                                                    its wording; JSON and xlsx use the portal's names with codes, the
                                                    shortlist's with each pair's index, rank, rationale, value
                                                    capture, instruments and win-win principles.
          export ranking --round SLUG [--format csv|xlsx] [--out FILE]
                                                    Every fully scored pair: index, rank overall and within its
                                                    technology, mean and SD per criterion, where analysts disagree,
                                                    longlist verdict and reason, decision and rationale (xlsx needs --out).
          export report --round SLUG --out FILE.docx
                                                    The round report as a Word document: method, criteria and weights
                                                    (AHP consistency), Tables 6.1 and 6.2, each accepted opportunity,
                                                    the sensitivity to the weights.
          round status --round SLUG --to scoring|review|published
                                                    Move a round along Draft → Scoring → Review → Published.
          round assign --round SLUG --analysts E1,E2,…
                                                    Set the analysts who score the round.
          round weights --round SLUG --weights w1,…,w5 --comment TEXT
                                                    Set the criterion weights directly: each 0 to 1000, not all 0
                                                    (normalised; audited with the comment).
          round delete --round SLUG                 Delete a Draft round, or a generated or example round before
                                                    publication, with its scores and what was generated only for it.
          round analyse --round SLUG [--top N]      The scoring service's view as JSON: top pairs, longlist, proposal.
          round compare --round EARLIER --with LATER [--top N]
                                                    Pairs entering/leaving the longlist and shortlist, largest rank moves.
          import indicators FILE [--format auto|tidy|wdi|sdmx|oecd|xlsx] [--dry-run] [--create-indicators]
                                                    Import a tidy CSV (country,indicator,year,value[,source]), a World
                                                    Bank bulk CSV (API_…_DS2_….csv), an OECD SDMX-CSV or data-portal
                                                    export, or a tidy .xlsx workbook: all or nothing, problems with
                                                    line and column; --dry-run writes nothing.
          demo generate [--countries N] [--technologies N] [--analysts N] [--seed N] [--slug S]
                                                    Generate a reproducible round of random scores (defaults 20 × 31 × 5)
                                                    on the seeded countries and technologies, inventing more only
                                                    beyond them; remove it again with round delete.
          users list                                List accounts with their roles and status.
          users add --email E --role R[,R…] [--name N] [--password-stdin]
                                                    Add an account (roles: Analyst, PortfolioManager, Admin). Without
                                                    --password-stdin a password is generated and printed once.
          users set-role --email E --role R[,R…]    Replace an account's roles.
          users disable|enable --email E            Disable (sign-in refused, sessions end) or re-enable an account.
          users reset-link --email E [--base-url U] Print a one-time password reset link for the person, on the
                                                    portal's public address: U, else the setting Portal:PublicBaseUrl.
          users set-password --email E --password-stdin
                                                    Set a password read from standard input.
          audit export [--since D] [--until D] [--actor TEXT] [--out FILE]
                                                    Write the audit log as CSV (dates as yyyy-mm-dd).
          weights ahp FILE.csv [--method eigenvector|geometric] [--allow-any-scale]
                                                    AHP weights, λmax, consistency index and ratio of a pairwise
                                                    comparison matrix (entries like 3 or 1/3, or 0.333: reciprocals
                                                    rounded to three decimals pass; optional names). λmax, CI and CR
                                                    are the matrix's principal eigenvalue's for either method;
                                                    geometric adds the GCI (thresholds 0.31 for 3 criteria, 0.35 for
                                                    4, 0.37 above). Judgements off Saaty's 1/9–9 are refused unless
                                                    --allow-any-scale.
          rank FILE.csv --method wsm|topsis --weights w1,w2,… --types benefit,cost,…
                                                    Score and rank alternatives (header: alternative,<criterion>,…).
          agreement FILE.csv [--ratings]            Kendall's W of raters' rankings (header: rater,<item>,…; ties share
                                                    the mean of their positions: 1.5,1.5,3 not 1,1,3), with χ² = m(n−1)W,
                                                    n−1 degrees of freedom and the p-value (rough below 8 items).
                                                    --ratings takes raw ratings and ranks them (highest first, ties
                                                    sharing their mid-rank).
          help                                      Show this text.

        Every command but migrate and the three calculators brings the schema up to date and seeds the study
        where it is missing first, as the portal does when it starts.

        Conventions of the calculators (and of the portal's own scoring) where the methods are silent:
          TOPSIS    An alternative at distance 0 from both the ideal and the anti-ideal (every alternative equal
                    on every criterion that counts) gets closeness 0.5. Each column is divided by its largest
                    magnitude before squaring, so no value overflows or underflows.
          wsm       A column of positive values is normalised by ratio (x/max; min/x for a cost). A column with
                    any value ≤ 0 is min–max scaled instead ((x−min)/(max−min); (max−x)/(max−min) for a cost),
                    because ratios of such values can rank a dominated alternative first.
          Both      A criterion whose values are all zero contributes nothing.
          Kendall   W = 0 when every rater ties every item: there is no ranking to agree on.
          AHP       CR = CI / RI with Saaty's random index RI: 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45 for 3 to 9
                    criteria, and beyond 9 his extended table: 1.49 (10), 1.51 (11), 1.48 (12), 1.56 (13),
                    1.57 (14), 1.59 (15); more than 15 criteria are refused; with 1 or 2 criteria CR is 0.

        Exit codes: 0 done. 2 a usage or input error, reported before anything is changed: a wrong command line
        (the problem, then this text), or a calculator's file (weights, rank, agreement) that is missing or that
        it cannot use (one line). 1 a runtime failure, said on standard error: an unknown round, a change to a
        published round, the database unreachable, an indicator file that import cannot find or whose checks
        refuse it (each problem listed, nothing imported: the import checks the file against the database).

        Configuration is the portal's: ConnectionStrings__Portal=... selects a server (with ConnectionStrings__PortalOwner=...
        the tables' owner, which migrates and imports); without it the embedded PostgreSQL cluster under .data/ is
        used (started for the command and stopped after, unless it was running).
        """;

    /// <summary>A first argument that is not an --option names a command; anything else starts the web portal.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(
        string[] args, TextWriter? output = null, TextWriter? error = null,
        IEnumerable<KeyValuePair<string, string?>>? settings = null, TextReader? input = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        CliArguments command;
        try
        {
            command = CliArguments.Parse(args);
            if (command.Verb is "help" or "--help")
            {
                await output.WriteLineAsync(Usage);
                return 0;
            }
            Validate(command);
        }
        catch (CliUsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            await error.WriteLineAsync(Usage);
            return 2;
        }
        if (CalculatorCommand.Handles(command.Verb))
        {
            return await CalculatorCommand.RunAsync(command, output, error);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.AddPortalLogging(toStandardError: true);
        builder.Services.AddSingleton<IAuditActor>(FixedAuditActor.CommandLine());
        builder.Services.AddInfrastructure();
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        using var host = builder.Build();
        var database = host.Services.GetRequiredService<PortalDatabase>();
        try
        {
            if (command.Verb is "migrate" or "seed")
            {
                await database.StartAsync();
                await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            }
            else
            {
                // What the portal does when it starts (migrate, roles, signing key, the study where missing), so
                // that no verb meets a database it cannot work with.
                await host.Services.PreparePortalDatabaseAsync();
            }
            return await ExecuteAsync(new CliContext(command, host.Services, input ?? Console.In, output, error));
        }
        catch (Exception e) when (e is PostgresNotInstalledException or LocalPostgresException or SeedDataException
                                       or RoundNotFoundException or AccountException or Npgsql.NpgsqlException
                                       or RoundClosedException or ScoringInputException or FluentValidation.ValidationException
                                       or Infrastructure.Demo.DemoRoundException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        finally
        {
            await database.StopAsync();
        }
    }

    private static void Validate(CliArguments command)
    {
        switch (command.Verb)
        {
            case "migrate" or "seed":
                command.ExpectPositional(0);
                command.AllowOnly();
                break;
            case "export":
                ExportCommand.Validate(command);
                break;
            case "users":
                UsersCommand.Validate(command);
                break;
            case "audit":
                AuditCommand.Validate(command);
                break;
            case "round":
                RoundCommand.Validate(command);
                break;
            case "demo":
                DemoCommand.Validate(command);
                break;
            case "import":
                ImportCommand.Validate(command);
                break;
            case var verb when CalculatorCommand.Handles(verb):
                CalculatorCommand.Validate(command);
                break;
            default:
                throw new CliUsageException($"unknown command '{command.Verb}'");
        }
    }

    private static async Task<int> ExecuteAsync(CliContext context)
    {
        switch (context.Command.Verb)
        {
            case "migrate":
                return 0;
            case "seed":
                await using (var scope = context.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<UserAdministration>().EnsureRolesAsync();
                }
                var seed = StudySeedData.Load(SeedDataDirectory.Resolve(context.Services.GetRequiredService<IConfiguration>()));
                var report = await context.Services.GetRequiredService<StudySeeder>().SeedAsync(seed);
                // The seed writes the study's round as published: it gets its snapshot as the portal's start-up would give it.
                await context.Services.GetRequiredService<Infrastructure.Publishing.RoundSnapshotWriter>().TakeMissingAsync();
                await context.Error.WriteLineAsync($"seeded: {report}");
                return 0;
            case "export":
                return await ExportCommand.RunAsync(context);
            case "users":
                return await UsersCommand.RunAsync(context);
            case "round":
                return await RoundCommand.RunAsync(context);
            case "demo":
                return await DemoCommand.RunAsync(context);
            case "import":
                return await ImportCommand.RunAsync(context);
            default:
                return await AuditCommand.RunAsync(context);
        }
    }
}
