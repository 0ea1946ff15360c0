using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>
/// Sessions kept on the server: started at sign-in, checked on every request, ended at sign-out. A
/// session also ends when its person's security stamp changes (password changed or reset, roles changed,
/// account disabled) or the account is disabled, because the check compares the stamp the cookie carries.
/// </summary>
public sealed class UserSessionStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>The claim in the session cookie that names its session.</summary>
    public const string ClaimType = "portal:session";

    /// <summary>When each session was last found active by this instance; see <see cref="WasActiveWithin"/>.</summary>
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _lastActive = new();
    private int _recorded;

    // One round trip on a primary key and a compiled query: this runs before every signed-in request.
    private static readonly Func<PortalDbContext, Guid, string, string, CancellationToken, Task<bool>> ActiveQuery =
        EF.CompileAsyncQuery((PortalDbContext db, Guid id, string userId, string stamp, CancellationToken _) =>
            db.UserSessions.Any(s => s.Id == id && s.UserId == userId && s.EndedAt == null
                && db.Users.Any(u => u.Id == userId && u.SecurityStamp == stamp && !u.IsDisabled)));

    /// <summary>Starts a session; the person's sessions that ended, or are older than any session may live, are removed.</summary>
    public async Task<Guid> StartAsync(string userId, TimeSpan longestLifetime, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var expired = now - longestLifetime;
        await db.UserSessions.Where(s => s.UserId == userId && (s.EndedAt != null || s.StartedAt < expired)).ExecuteDeleteAsync(cancellationToken);
        var session = new UserSession { Id = Guid.CreateVersion7(), UserId = userId, StartedAt = now };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    public async Task<bool> IsActiveAsync(Guid id, string userId, string securityStamp, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var active = await ActiveQuery(db, id, userId, securityStamp, cancellationToken);
        Remember(id, active);
        return active;
    }

    /// <summary>
    /// Whether this instance found the session active less than <paramref name="window"/> ago and has not seen
    /// it end since. For a database outage only: the page can then say "not saved, try again" to the person it
    /// was serving a moment ago, instead of treating them as signed out.
    /// </summary>
    public bool WasActiveWithin(Guid id, TimeSpan window) =>
        _lastActive.TryGetValue(id, out var at) && clock.GetUtcNow() - at < window;

    public async Task EndAsync(Guid id, CancellationToken cancellationToken = default)
    {
        Remember(id, active: false);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.UserSessions.Where(s => s.Id == id && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now), cancellationToken);
    }

    private void Remember(Guid id, bool active)
    {
        if (!active)
        {
            _lastActive.TryRemove(id, out _);
            return;
        }
        var now = clock.GetUtcNow();
        _lastActive[id] = now;
        // Sessions that stopped making requests are forgotten now and then, so the map stays as small as the active sessions.
        if (Interlocked.Increment(ref _recorded) % 4096 == 0)
        {
            foreach (var (session, at) in _lastActive)
            {
                if (now - at > TimeSpan.FromHours(1))
                {
                    _lastActive.TryRemove(session, out _);
                }
            }
        }
    }
}
