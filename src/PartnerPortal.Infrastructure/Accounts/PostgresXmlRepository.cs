using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>
/// Keeps the data-protection key ring in PostgreSQL, so cookies and antiforgery tokens issued before a
/// restart, or by another instance, stay valid. (The EF Core key store package is not available here.)
/// </summary>
/// <remarks>
/// The context factory is resolved on first use: the key ring is built while the request pipeline is
/// assembled, before start-up has started the database and so before a connection string exists.
/// </remarks>
public sealed class PostgresXmlRepository(IServiceProvider services) : IXmlRepository
{
    private IDbContextFactory<PortalDbContext> Contexts => services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = Contexts.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = Contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        // Key ring writes are infrastructure, not user data: the audit interceptor skips this type, and the
        // synchronous API is what IXmlRepository offers, so this one save bypasses it.
        db.AuditSuppressed = true;
        db.SaveChanges();
    }
}
