using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261121180000_AccountsAuditAndKeys")]
public sealed class AccountsAuditAndKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261121180000_AccountsAuditAndKeys.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE audit_log; DROP FUNCTION audit_log_is_append_only();");
        foreach (var table in new[]
        {
            "data_protection_keys", "asp_net_user_tokens", "asp_net_user_roles", "asp_net_user_logins",
            "asp_net_user_claims", "asp_net_role_claims", "asp_net_users", "asp_net_roles",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
