namespace PartnerPortal.Testing;

/// <summary>
/// A test's own database, as the portal connects to it: <see cref="ConnectionString"/> as the application's role
/// (ConnectionStrings:Portal, which owns nothing), <see cref="OwnerConnectionString"/> as the tables' owner
/// (ConnectionStrings:PortalOwner, which migrates). Tests run the portal with both, so a grant the application's
/// role lacks fails a test.
/// </summary>
public sealed record TestDatabase(string ConnectionString, string OwnerConnectionString)
{
    /// <summary>For commands refused before they connect.</summary>
    public static TestDatabase Unused { get; } = new("Host=unused", "Host=unused");

    /// <summary>Both connection strings as the portal's configuration names them.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["ConnectionStrings:Portal"] = ConnectionString,
        ["ConnectionStrings:PortalOwner"] = OwnerConnectionString,
    };
}
