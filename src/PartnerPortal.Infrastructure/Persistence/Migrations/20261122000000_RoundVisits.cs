using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261122000000_RoundVisits")]
public sealed class RoundVisits : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261122000000_RoundVisits.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("round_visits");
}
