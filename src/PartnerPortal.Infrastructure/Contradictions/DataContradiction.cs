namespace PartnerPortal.Infrastructure.Contradictions;

/// <summary>
/// One indicator that puts the country at the other end from a score: its name and unit, the country's value,
/// year and rank among the countries with data that year, and whether the score was high (against the weak quarter).
/// </summary>
public sealed record DataContradiction(string CountryCode, string CountryName, string IndicatorName, string Unit, double Value, int Year, int Rank, int Of, bool AgainstHighScore)
{
    public string Quarter => AgainstHighScore ? "bottom" : "top";
}
