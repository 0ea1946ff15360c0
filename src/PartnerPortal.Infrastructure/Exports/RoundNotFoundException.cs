namespace PartnerPortal.Infrastructure.Exports;

public sealed class RoundNotFoundException(string slug) : Exception($"There is no round '{slug}'.")
{
    public string Slug { get; } = slug;
}
