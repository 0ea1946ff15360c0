namespace PartnerPortal.Infrastructure.Persistence.Migrations;

/// <summary>Reads a migration's SQL, embedded in this assembly so a published build carries its migrations.</summary>
internal static class MigrationScript
{
    public static string Read(string fileName)
    {
        var assembly = typeof(MigrationScript).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(name => name.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
