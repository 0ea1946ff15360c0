namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>A screening review that cannot be saved as given; the message says why, for the form.</summary>
public sealed class ScreeningReviewException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
