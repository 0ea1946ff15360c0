using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using PartnerPortal.Infrastructure.LocalPostgres;

namespace PartnerPortal.Infrastructure.Changes;

/// <summary>
/// One connection per instance that LISTENs to the portal's channels and hands each notification to the
/// <see cref="ChangeFeed"/>. Notifications are not durable: while the connection is down the feed says so, and
/// everything falls back to reading the database.
/// </summary>
public sealed class ChangeListener(PortalDatabase database, ChangeFeed feed, PairPresence presence, ILogger<ChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        feed.HandlerFailed += e => logger.LogError(e, "A page failed to take in a score notification");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("Change notifications interrupted ({Reason}); pages read the database until they are back", e.Message);
            }
            finally
            {
                feed.Listening(false);
            }
            try
            {
                await Task.Delay(RetryAfter, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        // Its own connection outside the pool: it lives as long as the instance and must never be handed to a query.
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 30, ApplicationName = "PartnerPortal changes" };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) => Dispatch(e.Channel, e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeFeed.AuditChannel}; LISTEN {ChangeFeed.ScoreChannel}; LISTEN {PairPresence.Channel}; LISTEN {ChangeFeed.SessionChannel};", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        feed.Listening(true);
        logger.LogInformation("Listening for changes from every instance");
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private void Dispatch(string channel, string payload)
    {
        if (channel == ChangeFeed.AuditChannel)
        {
            feed.AuditWritten();
            return;
        }
        if (channel == PairPresence.Channel)
        {
            presence.Receive(payload);
            return;
        }
        if (channel == ChangeFeed.SessionChannel)
        {
            feed.Sessions(payload);
            return;
        }
        try
        {
            if (JsonSerializer.Deserialize<ScoreSaved>(payload) is { } saved)
            {
                feed.Score(saved);
            }
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Ignored a malformed score notification");
        }
    }
}
