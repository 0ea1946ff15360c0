namespace PartnerPortal.Infrastructure.Contradictions;

/// <summary>A link that cannot be added or changed as asked; the message says why, for the field it concerns.</summary>
public sealed class CriterionIndicatorLinkException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
