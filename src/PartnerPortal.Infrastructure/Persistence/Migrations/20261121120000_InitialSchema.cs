using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261121120000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261121120000_InitialSchema.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "shortlist_rationale", "shortlist_partners", "shortlist_entries", "longlist_evidence", "round_technologies",
            "round_countries", "rounds", "technology_domains", "technologies", "tech_groups", "themes", "grouping_members",
            "country_selection_criteria", "countries", "guiding_questions", "criteria", "motivation_items", "motivations",
            "win_win_principles", "instruments",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
