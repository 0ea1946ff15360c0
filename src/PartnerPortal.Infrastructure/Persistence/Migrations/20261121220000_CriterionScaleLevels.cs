using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261121220000_CriterionScaleLevels")]
public sealed class CriterionScaleLevels : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261121220000_CriterionScaleLevels.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("scale_levels");
}
