namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// A column of a workbook written by <see cref="XlsxSheet"/>: its header, its width in characters, and how its
/// numbers show (<see cref="Decimals"/> places; null for text and whole numbers). A cell's value is text, a
/// number (stored as a number, so a spreadsheet sorts and sums it) or empty.
/// </summary>
public sealed record XlsxColumn(string Header, double Width, int? Decimals = null);
