using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Tests.Contradictions;

/// <summary>
/// R&amp;D spending (linked to research &amp; innovation excellence in the seed) for eight countries in 2021, Korea highest
/// and China lowest, so a 5 for China's excellence or a 1 for Korea's contradicts the data.
/// </summary>
internal static class RdSpendingData
{
    public static async Task AddAsync(IDbContextFactory<PortalDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var import = new IndicatorImport { FileName = "rd.csv", Format = "csv", ImportedBy = "test", ImportedAt = DateTimeOffset.UtcNow };
        db.IndicatorImports.Add(import);
        await db.SaveChangesAsync();
        var rd = await db.Indicators.SingleAsync(i => i.Code == "GB.XPD.RSDV.GD.ZS");
        string[] codes = ["KOR", "JPN", "DEU", "USA", "FRA", "CAN", "AUS", "CHN"];
        var countries = await db.Countries.Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Id);
        db.IndicatorValues.AddRange(codes.Select((code, i) => new IndicatorValue { IndicatorId = rd.Id, CountryId = countries[code], Year = 2021, Value = 4.9 - i * 0.5, ImportId = import.Id }));
        // China's 2019 value (the highest of all) is not compared with 2021's.
        db.IndicatorValues.Add(new IndicatorValue { IndicatorId = rd.Id, CountryId = countries["CHN"], Year = 2019, Value = 9, ImportId = import.Id });
        await db.SaveChangesAsync();
    }
}
