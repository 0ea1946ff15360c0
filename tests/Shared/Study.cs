namespace PartnerPortal.Testing;

/// <summary>Facts of the reference study that tests check the portal against.</summary>
public static class Study
{
    public const string RoundSlug = "mm-2021";

    public static string ExpectedFile(string name) => Path.Combine(AppContext.BaseDirectory, "Expected", name);

    public static string SeedDataDirectory => Path.Combine(AppContext.BaseDirectory, "seed-data");
}
