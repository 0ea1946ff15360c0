using System.Globalization;
using PartnerPortal.Infrastructure.Demo;

namespace PartnerPortal.Web.Cli;

/// <summary>demo generate: a large, reproducible round of synthetic scores for trying the portal and measuring it.</summary>
public static class DemoCommand
{
    public static void Validate(CliArguments command)
    {
        command.ExpectPositional(1);
        if (command.Positional[0] != "generate")
        {
            throw new CliUsageException($"demo takes generate, not '{command.Positional[0]}'");
        }
        command.AllowOnly("countries", "technologies", "analysts", "seed", "slug");
        Settings(command);
    }

    public static async Task<int> RunAsync(CliContext context)
    {
        var (countries, technologies, analysts, seed, slug) = Settings(context.Command);
        await context.Error.WriteLineAsync($"generating {slug}: {countries} countries × {technologies} technologies × 5 criteria × {analysts} analysts = {(long)countries * technologies * 5 * analysts:N0} scores…");
        await using var scope = context.Services.CreateAsyncScope();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<DemoRoundGenerator>().GenerateAsync(slug, countries, technologies, analysts, seed);
        await context.Error.WriteLineAsync($"generated round '{slug}' in {started.Elapsed.TotalSeconds:0.0} s; analysts analyst01@{slug}.demo… have random passwords (set one with users set-password)");
        await context.Output.WriteLineAsync(slug);
        return 0;
    }

    private static (int Countries, int Technologies, int Analysts, int Seed, string Slug) Settings(CliArguments command)
    {
        var countries = Number(command, "countries", 20, 1, 1000);
        var technologies = Number(command, "technologies", 31, 1, 1000);
        var analysts = Number(command, "analysts", 5, 1, 100);
        var seed = Number(command, "seed", 1, 0, int.MaxValue);
        var slug = command.Option("slug") ?? $"demo-{countries}x{technologies}x{analysts}-s{seed}";
        if (slug.Length > 40 || !slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new CliUsageException($"--slug takes up to 40 lower-case letters, digits and hyphens, not '{slug}'");
        }
        return (countries, technologies, analysts, seed, slug);
    }

    private static int Number(CliArguments command, string option, int fallback, int minimum, int maximum)
    {
        var text = command.Option(option);
        if (text is null)
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? value
            : throw new CliUsageException($"--{option} takes a whole number from {minimum} to {maximum}, not '{text}'");
    }
}
