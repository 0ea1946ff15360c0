namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// The World Bank's regional and income-group aggregates, which its files list among the countries. The
/// European Union (EUU) is a grouping the portal knows as "EU"; the rest are reported as skipped.
/// </summary>
public static class WorldBankAggregates
{
    public static readonly IReadOnlyDictionary<string, string> AsGroupings = new Dictionary<string, string> { ["EUU"] = "EU" };

    public static readonly IReadOnlySet<string> Codes = new HashSet<string>
    {
        "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC", "IBD", "IBT", "IDA",
        "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC", "MNA", "NAC", "OED", "OSS", "PRE", "PSS",
        "PST", "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN", "TSA", "TSS", "UMC", "WLD",
    };
}
