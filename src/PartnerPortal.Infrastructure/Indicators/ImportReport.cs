namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// What an import did, or (dry run, or a refused file) would have done: values new, changed and unchanged per
/// indicator, the countries and years covered, and everything left out with the reason.
/// </summary>
public sealed record ImportReport(
    string FileName, bool DryRun, bool Imported,
    IReadOnlyList<IndicatorChanges> Indicators, int Countries, int? FirstYear, int? LastYear, int MissingValues,
    IReadOnlyList<string> SkippedAggregates, IReadOnlyList<string> UnknownCountries, IReadOnlyList<string> UnknownIndicators,
    IReadOnlyList<ImportProblem> Problems)
{
    public int Added => Indicators.Sum(i => i.Added);
    public int Updated => Indicators.Sum(i => i.Updated);
    public int Unchanged => Indicators.Sum(i => i.Unchanged);
}
