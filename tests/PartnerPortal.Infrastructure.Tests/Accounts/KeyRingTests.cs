using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Tests.Accounts;

/// <summary>
/// The data-protection key ring (cookies, form tokens, reset links) is kept by
/// Microsoft.AspNetCore.DataProtection.EntityFrameworkCore in the table the portal's own key store wrote before.
/// </summary>
public class KeyRingTests
{
    /// <summary>The purposes ASP.NET Core's cookie authentication protects a sign-in cookie with.</summary>
    private static readonly string[] SignInCookie = ["Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Identity.Application", "v2"];

    /// <summary>The last migration before the package took over the key ring.</summary>
    private const string BeforeThePackage = "20261201300000_ChangeNotifications";

    /// <summary>
    /// What the portal's own store (PostgresXmlRepository, before issue 15) read and wrote: a row per key element,
    /// its friendly name and its XML without formatting, read back in the order written.
    /// </summary>
    private sealed class PortalsOwnKeyStore(string connectionString) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY id", connection);
            using var reader = command.ExecuteReader();
            var elements = new List<XElement>();
            while (reader.Read())
            {
                elements.Add(XElement.Parse(reader.GetString(0)));
            }
            return elements;
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand("INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@name, @xml)", connection);
            command.Parameters.AddWithValue("name", friendlyName);
            command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
            command.ExecuteNonQuery();
        }
    }

    private static ServiceProvider PortalBeforeThePackage(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("PartnerPortal");
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new PortalsOwnKeyStore(connectionString));
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_sign_in_cookie_protected_with_a_key_the_portals_own_store_wrote_is_still_read_after_the_upgrade()
    {
        await using var services = await PortalServices.CreateAsync(migrate: false);
        await using (var db = services.GetRequiredService<OwnerDbContextFactory>().CreateDbContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeThePackage);
        }
        await services.GetRequiredService<ApplicationRoleGrants>().ApplyAsync();
        var connectionString = services.GetRequiredService<PortalDatabase>().ConnectionString;
        string cookie;
        Guid oldKey;
        await using (var before = PortalBeforeThePackage(connectionString))
        {
            cookie = before.GetDataProtector(SignInCookie).Protect("signed in before the upgrade");
            oldKey = Assert.Single(before.GetRequiredService<IKeyManager>().GetAllKeys()).KeyId;
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        Assert.Equal("signed in before the upgrade", services.GetDataProtector(SignInCookie).Unprotect(cookie));
        Assert.Equal([oldKey], services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId));
    }

    [Fact]
    public async Task A_new_key_is_stored_for_every_instance_and_leaves_no_audit_entry()
    {
        await using var services = await PortalServices.CreateAsync();
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        long auditEntriesBefore;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            auditEntriesBefore = await db.AuditLog.LongCountAsync();
        }

        var key = services.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));

        await using var check = await contexts.CreateDbContextAsync();
        var stored = await check.DataProtectionKeys.AsNoTracking().SingleAsync();
        Assert.Equal($"key-{key.KeyId:D}", stored.FriendlyName);
        Assert.Contains(key.KeyId.ToString("D"), stored.Xml);
        Assert.Equal(auditEntriesBefore, await check.AuditLog.LongCountAsync());
    }
}
