namespace PartnerPortal.Infrastructure.Contradictions;

/// <summary>
/// One indicator that puts the country at the other end from a score: its name and unit, the country's value,
/// year and rank among the countries with data that year, and whether the score was high (against the weak quarter).
/// </summary>
public sealed record DataContradiction(string CountryCode, string CountryName, string IndicatorName, string Unit, double Value, int Year, int Rank, int Of, bool AgainstHighScore)
{
    public string Quarter => AgainstHighScore ? "bottom" : "top";

    /// <summary>The figures as the scoring note and the pair page both give them: "0.3 % of GDP, 2021, rank 58 of 71".</summary>
    public string Figures => $"{Value:#,##0.##} {Unit}, {Year}, rank {Rank} of {Of}";
}
