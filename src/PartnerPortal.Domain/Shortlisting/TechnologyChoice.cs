namespace PartnerPortal.Domain.Shortlisting;

/// <summary>Why a technology is in the proposal at all.</summary>
public enum TechnologyChoice
{
    /// <summary>The best-scoring technology of its theme, chosen so that every theme is covered.</summary>
    BestOfItsTheme,

    /// <summary>Among the best-scoring technologies, up to the round's maximum.</summary>
    AmongTheBest,
}
