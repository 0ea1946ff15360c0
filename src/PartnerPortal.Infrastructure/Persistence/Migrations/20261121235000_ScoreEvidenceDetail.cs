using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261121235000_ScoreEvidenceDetail")]
public sealed class ScoreEvidenceDetail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261121235000_ScoreEvidenceDetail.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("revision_comment", "scores");
        migrationBuilder.DropColumn("addressed_question_ids", "scores");
    }
}
