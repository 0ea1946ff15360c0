using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261122040000_ScoresByAnalyst")]
public sealed class ScoresByAnalyst : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261122040000_ScoresByAnalyst.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropIndex("ix_scores_round_analyst", "scores");
}
