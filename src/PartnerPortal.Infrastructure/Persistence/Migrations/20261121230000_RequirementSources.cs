using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261121230000_RequirementSources")]
public sealed class RequirementSources : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261121230000_RequirementSources.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var requirement in new[] { "national_priority", "research_priority", "innovation_initiatives", "international_programmes", "home_track_record" })
        {
            migrationBuilder.DropColumn(requirement + "_source", "longlist_evidence");
        }
    }
}
