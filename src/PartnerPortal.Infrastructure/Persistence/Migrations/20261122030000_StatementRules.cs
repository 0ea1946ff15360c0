using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261122030000_StatementRules")]
public sealed class StatementRules : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261122030000_StatementRules.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("statement_rules");
}
