using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;
using PartnerPortal.Infrastructure.LocalPostgres;

namespace PartnerPortal.Infrastructure.Changes;

/// <summary>
/// Who has which pair open, across instances: each open scoring page enters its pair, and every instance hears
/// it over PostgreSQL NOTIFY (<see cref="ChangeListener"/>). Visits are re-announced every
/// <see cref="Heartbeat"/> and forgotten after <see cref="Expiry"/> without one, so an instance that dies takes
/// its visitors with it within a minute.
/// </summary>
public sealed class PairPresence : IDisposable
{
    public const string Channel = "portal_presence";
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly PortalDatabase _database;
    private readonly TimeProvider _clock;
    private readonly ILogger<PairPresence> _logger;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Visitor>> _pairs = new();
    private readonly ConcurrentDictionary<string, Announcement> _mine = new();
    private readonly ITimer _heartbeat;

    public PairPresence(PortalDatabase database, TimeProvider clock, ILogger<PairPresence> logger)
    {
        (_database, _clock, _logger) = (database, clock, logger);
        _heartbeat = clock.CreateTimer(_ => _ = BeatAsync(), null, Heartbeat, Heartbeat);
    }

    /// <summary>Someone entered or left a pair (its key); ask <see cref="Others"/> who is there now.</summary>
    public event Action<string>? Changed;

    public static string KeyOf(string roundSlug, string countryCode, string technologySlug) => $"{roundSlug}/{countryCode}/{technologySlug}";

    /// <summary>Announces a visit; disposing the result leaves.</summary>
    public async Task<IAsyncDisposable> EnterAsync(string pair, string userId, string name)
    {
        var visit = new Announcement(_instance, Guid.NewGuid().ToString("N"), pair, userId, name, "here");
        _mine[visit.Visit] = visit;
        Receive(visit);
        await AnnounceAsync(visit);
        return new Leaving(this, visit);
    }

    /// <summary>The names of the other people who have the pair open (the same person in two tabs counts once).</summary>
    public IReadOnlyList<string> Others(string pair, string userId)
    {
        var now = _clock.GetUtcNow();
        return _pairs.TryGetValue(pair, out var visitors)
            ? [.. visitors.Values.Where(v => v.UserId != userId && now - v.LastSeen < Expiry).Select(v => v.Name).Distinct().Order()]
            : [];
    }

    internal void Receive(string payload)
    {
        try
        {
            if (JsonSerializer.Deserialize<Announcement>(payload) is { } announcement)
            {
                Receive(announcement);
            }
        }
        catch (JsonException e)
        {
            _logger.LogWarning(e, "Ignored a malformed presence notification");
        }
    }

    private void Receive(Announcement a)
    {
        var visitors = _pairs.GetOrAdd(a.Pair, _ => new ConcurrentDictionary<string, Visitor>());
        var key = $"{a.Instance}/{a.Visit}";
        bool changed;
        if (a.Kind == "leave")
        {
            changed = visitors.TryRemove(key, out _);
        }
        else
        {
            // A heartbeat only renews; a first sighting changes who is there.
            changed = !visitors.ContainsKey(key);
            visitors[key] = new Visitor(a.UserId, a.Name, _clock.GetUtcNow());
        }
        if (changed)
        {
            Tell(a.Pair);
        }
    }

    private async Task LeaveAsync(Announcement visit)
    {
        _mine.TryRemove(visit.Visit, out _);
        var leave = visit with { Kind = "leave" };
        Receive(leave);
        await AnnounceAsync(leave);
    }

    private async Task BeatAsync()
    {
        foreach (var visit in _mine.Values)
        {
            await AnnounceAsync(visit);
        }
        var now = _clock.GetUtcNow();
        foreach (var (pair, visitors) in _pairs)
        {
            var gone = visitors.Where(v => now - v.Value.LastSeen >= Expiry).Select(v => v.Key).ToList();
            if (gone.Count > 0 && gone.All(key => visitors.TryRemove(key, out _)))
            {
                Tell(pair);
            }
        }
    }

    /// <summary>Presence is a courtesy: when the database cannot be reached it is simply not shared, and nothing fails.</summary>
    private async Task AnnounceAsync(Announcement announcement)
    {
        try
        {
            await using var connection = new NpgsqlConnection(_database.ConnectionString);
            await connection.OpenAsync();
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("payload", JsonSerializer.Serialize(announcement));
            await notify.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            _logger.LogDebug(e, "Presence not shared");
        }
    }

    private void Tell(string pair) => Broadcast.Raise(Changed, pair, e => _logger.LogError(e, "A page failed to take in who is on a pair"));

    public void Dispose() => _heartbeat.Dispose();

    private sealed record Visitor(string UserId, string Name, DateTimeOffset LastSeen);

    private sealed record Announcement(string Instance, string Visit, string Pair, string UserId, string Name, string Kind);

    private sealed class Leaving(PairPresence presence, Announcement visit) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(presence.LeaveAsync(visit));
    }
}
