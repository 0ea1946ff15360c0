namespace PartnerPortal.Infrastructure.Indicators;

public enum ImportFormat
{
    /// <summary>Detected from the file's first bytes.</summary>
    Auto,

    /// <summary>One value per row: country,indicator,year,value[,source].</summary>
    Tidy,

    /// <summary>World Bank bulk download (World Development Indicators).</summary>
    Wdi,

    /// <summary>SDMX-CSV, as the OECD Data Explorer exports it (with or without label columns).</summary>
    Sdmx,

    /// <summary>The old OECD data-portal export: LOCATION,INDICATOR,SUBJECT,MEASURE,FREQUENCY,TIME,Value,Flag Codes.</summary>
    Oecd,

    /// <summary>An Excel workbook whose first sheet is in the tidy layout.</summary>
    Xlsx,
}
