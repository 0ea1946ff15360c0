namespace PartnerPortal.Infrastructure.Indicators;

public enum ImportFormat
{
    /// <summary>Detected from the file's first lines.</summary>
    Auto,

    /// <summary>One value per row: country,indicator,year,value[,source].</summary>
    Tidy,

    /// <summary>World Bank bulk download (World Development Indicators).</summary>
    Wdi,
}
