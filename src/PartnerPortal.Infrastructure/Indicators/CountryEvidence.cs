namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// What the data says about one country, beside the scores and on its profile: the latest indicator values with
/// their ranks and the statements the rules derive. Kept together until the indicator data changes, so a page
/// checks that with one query instead of one per part.
/// </summary>
public sealed class CountryEvidence(IndicatorDataMemo memo, CountryIndicators indicators, CountryStatements statements)
{
    public Task<CountryEvidenceView> ForCountryAsync(int countryId, CancellationToken cancellationToken = default) =>
        memo.GetAsync($"country-evidence-{countryId}", async (_, token) =>
            new CountryEvidenceView(await indicators.LatestAsync(countryId, token), await statements.ForCountryAsync(countryId, token)), cancellationToken);
}
