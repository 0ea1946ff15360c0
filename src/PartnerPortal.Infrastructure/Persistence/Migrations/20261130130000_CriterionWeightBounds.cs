using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261130130000_CriterionWeightBounds")]
public sealed class CriterionWeightBounds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261130130000_CriterionWeightBounds.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER ck_round_criterion_weights_sum ON round_criterion_weights; DROP FUNCTION round_criterion_weights_sum_to_one();");
        migrationBuilder.DropCheckConstraint("ck_round_criterion_weights_weight", "round_criterion_weights");
        migrationBuilder.AddCheckConstraint("ck_round_criterion_weights_weight", "round_criterion_weights", "weight >= 0");
    }
}
