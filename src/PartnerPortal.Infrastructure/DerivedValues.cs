using System.Collections.Concurrent;

namespace PartnerPortal.Infrastructure;

/// <summary>
/// Values derived from data that holds still for a while (a round's analysis, the indicator data), each
/// computed once by whichever request asks first while the others wait for it. The owner drops the whole set
/// when the data changes. A failure (the database away) is not remembered.
/// </summary>
public sealed class DerivedValues
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _values = new();

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> compute) where T : class
    {
        var entry = _values.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await compute()));
        try
        {
            return (T)await entry.Value;
        }
        catch
        {
            _values.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }
}
