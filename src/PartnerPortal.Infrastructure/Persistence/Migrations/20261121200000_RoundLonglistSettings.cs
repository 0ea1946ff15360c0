using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261121200000_RoundLonglistSettings")]
public sealed class RoundLonglistSettings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261121200000_RoundLonglistSettings.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropCheckConstraint("ck_rounds_longlist_required_count", "rounds");
        migrationBuilder.DropColumn("ranking_method", "rounds");
        migrationBuilder.DropColumn("longlist_minimum_index", "rounds");
        migrationBuilder.DropColumn("longlist_required_count", "rounds");
    }
}
