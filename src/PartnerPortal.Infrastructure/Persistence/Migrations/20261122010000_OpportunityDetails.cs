using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261122010000_OpportunityDetails")]
public sealed class OpportunityDetails : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261122010000_OpportunityDetails.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("principle_assessments");
        migrationBuilder.DropColumn("instrument_ids", "shortlist_partners");
        migrationBuilder.DropColumn("value_capture", "shortlist_partners");
    }
}
