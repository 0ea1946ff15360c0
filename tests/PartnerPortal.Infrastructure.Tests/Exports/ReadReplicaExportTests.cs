using PartnerPortal.Infrastructure.Analysis;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Exports;

public class ReadReplicaExportTests
{
    [Fact]
    public async Task With_a_read_replica_configured_exports_read_from_it_and_everything_else_from_the_primary()
    {
        await using var primary = await PortalServices.CreateSeededAsync();
        // The "replica": a second database holding the study, whose shortlist has no partners yet.
        await using var replica = await PortalServices.CreateSeededAsync();
        await using (var db = await replica.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await db.Set<Domain.Shortlisting.ShortlistPartner>().ExecuteDeleteAsync();
        }
        var settings = PortalServices.SameDatabase(primary);
        settings["ConnectionStrings:PortalReadOnly"] = replica.GetRequiredService<IConfiguration>()["ConnectionStrings:Portal"];
        await using var portal = await PortalServices.CreateAsync(migrate: false, settings);

        using var output = new MemoryStream();
        await portal.GetRequiredService<RoundExporter>().ExportAsync(Study.RoundSlug, RoundTable.Shortlist, ExportFormat.Csv, output, RoundViewer.Unrestricted);
        await using var db2 = await portal.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

        Assert.Single(Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the header only
        Assert.Equal(120, await db2.Set<Domain.Shortlisting.ShortlistPartner>().CountAsync());
    }
}
