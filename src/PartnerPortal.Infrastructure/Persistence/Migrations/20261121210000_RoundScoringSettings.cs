using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261121210000_RoundScoringSettings")]
public sealed class RoundScoringSettings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261121210000_RoundScoringSettings.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("round_analysts");
        migrationBuilder.DropTable("ahp_matrices");
        foreach (var constraint in new[] { "ck_rounds_disagreement", "ck_rounds_portfolio", "ck_rounds_sensitivity" })
        {
            migrationBuilder.DropCheckConstraint(constraint, "rounds");
        }
        foreach (var column in new[]
        {
            "ahp_method", "weights_changed_at", "max_technologies", "max_partners_per_technology", "max_opportunities_per_country", "cover_every_theme",
            "require_emerging_partner", "minimum_regions", "disagreement_standard_deviation", "disagreement_range",
            "sensitivity_draws", "sensitivity_perturbation", "sensitivity_seed",
        })
        {
            migrationBuilder.DropColumn(column, "rounds");
        }
    }
}
