namespace PartnerPortal.Domain.Scoring;

public enum RankingMethod
{
    /// <summary>Weighted sum of normalised values (the default).</summary>
    WeightedSum,

    /// <summary>Closeness to the ideal and distance from the anti-ideal (Hwang and Yoon, 1981).</summary>
    Topsis,
}
