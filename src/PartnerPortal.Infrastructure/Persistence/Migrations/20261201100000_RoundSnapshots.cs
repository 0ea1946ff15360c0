using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261201100000_RoundSnapshots")]
public sealed class RoundSnapshots : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261201100000_RoundSnapshots.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("round_snapshots");
}
