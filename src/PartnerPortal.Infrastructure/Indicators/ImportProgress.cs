namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>How far an import has come: values read so far and, once the whole file is read, that it is being checked and written.</summary>
public sealed record ImportProgress(long ValuesRead, bool FileRead);
