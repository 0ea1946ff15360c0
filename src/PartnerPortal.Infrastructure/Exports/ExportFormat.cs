namespace PartnerPortal.Infrastructure.Exports;

public enum ExportFormat
{
    Csv,
    Json,
    Xlsx,
}
