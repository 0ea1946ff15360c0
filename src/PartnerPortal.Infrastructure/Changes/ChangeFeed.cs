namespace PartnerPortal.Infrastructure.Changes;

/// <summary>
/// What other connections committed, as PostgreSQL notifies it (<see cref="ChangeListener"/>): every write to the
/// audit log, and every score saved, from any portal instance. Open pages subscribe to <see cref="ScoreSaved"/>;
/// the analysis cache asks <see cref="IsCurrentSince"/> instead of querying the audit log on each request.
/// </summary>
public sealed class ChangeFeed
{
    public const string AuditChannel = "portal_audit";
    public const string ScoreChannel = "portal_scores";
    public const string SessionChannel = "portal_sessions";

    private long _version;
    private volatile bool _listening;

    /// <summary>A score was saved and committed, here or on another instance.</summary>
    public event Action<ScoreSaved>? ScoreSaved;

    /// <summary>A person's session ended or their account changed (password, roles, disabled): the user id.</summary>
    public event Action<string>? SessionsChanged;

    /// <summary>Where the feed stands now; a later value means something was committed in between.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// Whether nothing was committed since <paramref name="version"/> was read. Without a listening connection the
    /// feed cannot tell, and says no, so callers look in the database as they did before notifications.
    /// </summary>
    public bool IsCurrentSince(long version) => _listening && Version == version;

    internal void Listening(bool listening)
    {
        // Whatever happened while nobody listened is unknown: moving the version makes every cache look again.
        Interlocked.Increment(ref _version);
        _listening = listening;
    }

    internal void AuditWritten() => Interlocked.Increment(ref _version);

    internal void Sessions(string userId) => Broadcast.Raise(SessionsChanged, userId, Failed);

    internal void Score(ScoreSaved saved) => Broadcast.Raise(ScoreSaved, saved, Failed);

    private void Failed(Exception e) => HandlerFailed?.Invoke(e);

    /// <summary>For the listener's log: a subscriber threw while being told of a score.</summary>
    internal event Action<Exception>? HandlerFailed;
}
