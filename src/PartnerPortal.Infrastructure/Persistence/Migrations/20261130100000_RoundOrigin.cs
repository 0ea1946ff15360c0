using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261130100000_RoundOrigin")]
public sealed class RoundOrigin : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261130100000_RoundOrigin.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn("origin", "rounds");
}
