namespace PartnerPortal.Infrastructure.Changes;

/// <summary>Raising an event to open pages, each handler on its own.</summary>
internal static class Broadcast
{
    /// <summary>One page's failing handler must neither stop the others nor reach the listening connection.</summary>
    public static void Raise<T>(Action<T>? handlers, T value, Action<Exception> failed)
    {
        foreach (var handler in handlers?.GetInvocationList().Cast<Action<T>>() ?? [])
        {
            try
            {
                handler(value);
            }
            catch (Exception e)
            {
                failed(e);
            }
        }
    }
}
