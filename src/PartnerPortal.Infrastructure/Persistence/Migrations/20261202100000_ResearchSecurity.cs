using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261202100000_ResearchSecurity")]
public sealed class ResearchSecurity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261202100000_ResearchSecurity.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("criterion_indicator_links");
        migrationBuilder.DropTable("screening_reviews");
        migrationBuilder.DropTable("country_cooperation_conditions");
        migrationBuilder.DropTable("technology_sensitivities");
        migrationBuilder.Sql("ALTER TABLE rounds DROP CONSTRAINT ck_rounds_screening_rule, DROP CONSTRAINT ck_rounds_high_level_pairs, " +
            "DROP COLUMN screening_rule, DROP COLUMN require_mitigation_for_high, DROP COLUMN high_level_pairs;");
    }
}
