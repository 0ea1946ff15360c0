using Npgsql;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Cli;

public class RoundDeleteCommandTests
{
    private static Task<CliRun> RunAsync(TestDatabase database, params string[] args) => CliRun.RunAsync(database, null, args);

    private static async Task<List<string>> ListAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }

    private const string Countries = "SELECT code || ' ' || name FROM countries ORDER BY code";
    private const string Technologies = "SELECT slug || ' ' || name FROM technologies ORDER BY slug";
    private const string Accounts = "SELECT email FROM asp_net_users ORDER BY email";

    [Fact]
    public async Task Demo_generate_uses_the_seeded_catalogue_first_and_round_delete_leaves_it_exactly_as_seeded()
    {
        var db = await PortalCliTests.SeededDatabaseAsync();
        var (countries, technologies, accounts) = (await ListAsync(db, Countries), await ListAsync(db, Technologies), await ListAsync(db, Accounts));

        var small = await RunAsync(db, "demo", "generate", "--countries", "13", "--technologies", "31", "--analysts", "2", "--slug", "small");
        var (countriesAfterSmall, technologiesAfterSmall) = (await ListAsync(db, Countries), await ListAsync(db, Technologies));
        var large = await RunAsync(db, "demo", "generate", "--countries", "60", "--technologies", "40", "--analysts", "3", "--slug", "large");
        var invented = await ListAsync(db, "SELECT name FROM countries WHERE name LIKE 'Demo country%'");
        var deleteSmall = await RunAsync(db, "round", "delete", "--round", "small");
        var deleteLarge = await RunAsync(db, "round", "delete", "--round", "large");

        Assert.Equal((0, 0), (small.ExitCode, large.ExitCode));
        Assert.Equal(countries, countriesAfterSmall);
        Assert.Equal(technologies, technologiesAfterSmall);
        Assert.Equal(60 - (countries.Count - 1), invented.Count);
        Assert.Equal((0, 0), (deleteSmall.ExitCode, deleteLarge.ExitCode));
        Assert.Contains("removed 19 generated countries, 9 generated technologies and 3 generated accounts", deleteLarge.Error);
        Assert.Equal(countries, await ListAsync(db, Countries));
        Assert.Equal(technologies, await ListAsync(db, Technologies));
        Assert.Equal(accounts, await ListAsync(db, Accounts));
        Assert.Empty(await ListAsync(db, "SELECT slug FROM rounds WHERE slug IN ('small', 'large')"));
        Assert.Contains("round.deleted", (await RunAsync(db, "audit", "export")).Output);
    }

    [Fact]
    public async Task Round_delete_refuses_a_published_round_and_a_peoples_round_past_draft_and_changes_nothing()
    {
        var db = await PortalCliTests.SeededDatabaseAsync();
        var generate = await RunAsync(db, "demo", "generate", "--countries", "3", "--technologies", "2", "--analysts", "1", "--slug", "kept");
        await using (var connection = new NpgsqlConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand("UPDATE rounds SET origin = 'Manual' WHERE slug = 'kept'", connection).ExecuteNonQueryAsync();
        }

        var published = await RunAsync(db, "round", "delete", "--round", Study.RoundSlug);
        var scoring = await RunAsync(db, "round", "delete", "--round", "kept");
        var unknown = await RunAsync(db, "round", "delete", "--round", "nope");

        Assert.Equal(0, generate.ExitCode);
        Assert.Equal(1, published.ExitCode);
        Assert.Contains("a published round is the record of a decision and can never be deleted", published.Error);
        Assert.Equal(1, scoring.ExitCode);
        Assert.Contains("only Draft rounds, and generated or example rounds, can be deleted", scoring.Error);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(2, (await ListAsync(db, "SELECT slug FROM rounds WHERE slug IN ('mm-2021', 'kept')")).Count);
        Assert.Equal(30, (await ListAsync(db, "SELECT s.id::text FROM scores s JOIN rounds r ON r.id = s.round_id WHERE r.slug = 'kept'")).Count);
    }
}
