using System.Threading.RateLimiting;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// A request limiter that answers at once and counts a refused request once. The rate-limiting middleware
/// follows a refused attempt with a waiting acquire; on chained limiters that took a second permit from every
/// limiter before the one that refused, so one refused sign-in counted twice against its address. Here the
/// waiting acquire of a request already refused repeats the refusal instead of trying again.
/// </summary>
public sealed class ImmediateRateLimiter(PartitionedRateLimiter<HttpContext> inner) : PartitionedRateLimiter<HttpContext>
{
    private static readonly object RefusedKey = new();

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => inner.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        var lease = inner.AttemptAcquire(resource, permitCount);
        if (!lease.IsAcquired)
        {
            resource.Items[RefusedKey] = new RefusedLease(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null);
        }
        return lease;
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(resource.Items.TryGetValue(RefusedKey, out var refused) && refused is RefusedLease lease
            ? new RefusedLease(lease.RetryAfter)
            : AttemptAcquireCore(resource, permitCount));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await inner.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    private sealed class RefusedLease(TimeSpan? retryAfter) : RateLimitLease
    {
        public TimeSpan? RetryAfter { get; } = retryAfter;

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => RetryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? RetryAfter : null;
            return metadata is not null;
        }
    }
}
