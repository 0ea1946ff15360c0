using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// The database itself holds a round's criterion weights to what every analysis can use, whatever writes them:
/// each from 0 to 1 (no NaN, no infinity), and a round's summing to 1 when its transaction commits.
/// </summary>
public class WeightConstraintTests : SeededStudyTests
{
    private async Task<(int Round, int[] Criteria)> RoundAsync()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        await using var db = await ContextAsync();
        return (round.Id, [.. await db.Criteria.OrderBy(c => c.Position).Select(c => c.Id).ToListAsync()]);
    }

    /// <summary>Inserts the weights with plain SQL in one transaction, as any other program could.</summary>
    private async Task InsertAsync(int round, int[] criteria, params double[] weights)
    {
        await using var connection = new NpgsqlConnection(Services.GetRequiredService<PortalDatabase>().ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < weights.Length; i++)
        {
            await using var insert = new NpgsqlCommand("INSERT INTO round_criterion_weights (round_id, criterion_id, weight) VALUES ($1, $2, $3)", connection, transaction)
            {
                Parameters = { new() { Value = round }, new() { Value = criteria[i] }, new() { Value = weights[i] } },
            };
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    [Theory]
    [InlineData(1e308)]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public async Task A_weight_outside_0_to_1_is_refused_by_the_database(double weight)
    {
        var (round, criteria) = await RoundAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => InsertAsync(round, criteria, weight, 0, 0, 0, 0));

        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_round_criterion_weights_weight"), (refused.SqlState, refused.ConstraintName));
    }

    [Theory]
    [InlineData(0.0, 0.0, 0.0, 0.0, 0.0)]
    [InlineData(0.5, 0.5, 0.5, 0.5, 0.5)]
    [InlineData(0.2, 0.2, 0.2, 0.2, 0.1)]
    public async Task A_rounds_weights_not_summing_to_1_are_refused_when_their_transaction_commits(double a, double b, double c, double d, double e)
    {
        var (round, criteria) = await RoundAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => InsertAsync(round, criteria, a, b, c, d, e));

        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_round_criterion_weights_sum"), (refused.SqlState, refused.ConstraintName));
        await using var db = await ContextAsync();
        Assert.Empty(db.RoundCriterionWeights);
    }

    [Fact]
    public async Task Normalised_weights_are_stored_and_the_round_can_still_be_deleted()
    {
        var (round, criteria) = await RoundAsync();

        await InsertAsync(round, criteria, 0.4, 0.15, 0.15, 0.15, 0.15);
        await using var db = await ContextAsync();
        Assert.Equal(5, await db.RoundCriterionWeights.CountAsync());
        await db.Rounds.Where(r => r.Id == round).ExecuteDeleteAsync();
        Assert.Empty(db.RoundCriterionWeights);
    }
}
