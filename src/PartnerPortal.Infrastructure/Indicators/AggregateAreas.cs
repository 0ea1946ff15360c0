namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// The regional and income-group aggregates that World Bank and OECD files list among the countries. The
/// European Union of 27 (World Bank EUU, OECD EU27_2020) is the grouping the portal knows as "EU"; the rest —
/// including the EU of 28, whose membership differs — are reported as skipped.
/// </summary>
public static class AggregateAreas
{
    public static readonly IReadOnlyDictionary<string, string> AsGroupings = new Dictionary<string, string>
    {
        ["EUU"] = "EU", ["EU27_2020"] = "EU",
    };

    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // World Bank
        "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC", "IBD", "IBT", "IDA",
        "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC", "MNA", "NAC", "OED", "OSS", "PRE", "PSS",
        "PST", "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN", "TSA", "TSS", "UMC", "WLD",
        // OECD
        "OECD", "OECDE", "OECDAM", "OECDAO", "OECDSO", "OEU", "EU27_2020", "EU28", "EU15", "EA", "EA19", "EA20", "EA17", "G7", "G20", "W", "WXOECD",
    };
}
