using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261122020000_Indicators")]
public sealed class Indicators : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261122020000_Indicators.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("indicator_values");
        migrationBuilder.DropTable("indicators");
        migrationBuilder.DropTable("indicator_imports");
    }
}
