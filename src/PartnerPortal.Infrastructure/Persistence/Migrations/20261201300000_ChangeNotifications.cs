using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

[DbContext(typeof(PortalDbContext))]
[Migration("20261201300000_ChangeNotifications")]
public sealed class ChangeNotifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261201300000_ChangeNotifications.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP TRIGGER asp_net_users_notify_change ON asp_net_users; DROP TRIGGER user_sessions_notify_end ON user_sessions;
            DROP FUNCTION portal_notify_person();
            DROP TRIGGER audit_log_notify ON audit_log; DROP FUNCTION portal_notify_audit();
            """);
}
