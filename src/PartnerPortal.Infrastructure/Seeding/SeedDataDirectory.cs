using Microsoft.Extensions.Configuration;

namespace PartnerPortal.Infrastructure.Seeding;

public static class SeedDataDirectory
{
    /// <summary>Portal:SeedDataPath if set, else the seed-data folder copied beside the program at build time.</summary>
    public static string Resolve(IConfiguration configuration) =>
        configuration["Portal:SeedDataPath"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "seed-data");
}
