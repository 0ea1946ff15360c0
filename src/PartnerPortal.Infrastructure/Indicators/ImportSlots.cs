using Microsoft.Extensions.Configuration;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// How many imports this process runs at once (<c>Portal:Import:MaximumConcurrentImports</c>, 1 unless
/// configured). Each holds a temporary copy of its file, a connection and a long transaction; a second import
/// of the same indicators would only wait on the first one's locks. An import that finds no free slot is
/// refused at once rather than queued: a queue of uploads holds their files on disk while nobody watches.
/// </summary>
public sealed class ImportSlots(IConfiguration configuration)
{
    private readonly SemaphoreSlim _free = new(Math.Max(1, configuration.GetValue("Portal:Import:MaximumConcurrentImports", 1)));

    public int Maximum { get; } = Math.Max(1, configuration.GetValue("Portal:Import:MaximumConcurrentImports", 1));

    /// <summary>A slot, given back when disposed; null when every slot is taken.</summary>
    public IDisposable? TryTake() => _free.Wait(0) ? new Slot(_free) : null;

    private sealed class Slot(SemaphoreSlim free) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                free.Release();
            }
        }
    }
}
