-- Every statement that writes to the audit log tells the instances' listeners (ChangeListener) once its
-- transaction commits; identical payloads in one transaction are delivered once. The analysis cache then
-- queries the audit log only after a notification, not on every request (ADR-005, ADR-006).
CREATE FUNCTION portal_notify_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('portal_audit', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION portal_notify_audit();

-- A session that ends (sign-out), or a person whose security stamp or disabled flag changes (password changed or
-- reset, roles changed, account disabled), is announced by user id: their open pages re-check at once instead of
-- at the next interval (SessionRevalidatingStateProvider).
-- The one function names the person by the column its trigger passes (user_sessions.user_id, asp_net_users.id).
CREATE FUNCTION portal_notify_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('portal_sessions', to_jsonb(NEW) ->> TG_ARGV[0]);
    RETURN NULL;
END
$$;

CREATE TRIGGER user_sessions_notify_end AFTER UPDATE OF ended_at ON user_sessions
    FOR EACH ROW WHEN (NEW.ended_at IS NOT NULL AND OLD.ended_at IS NULL) EXECUTE FUNCTION portal_notify_person('user_id');

CREATE TRIGGER asp_net_users_notify_change AFTER UPDATE OF security_stamp, is_disabled ON asp_net_users
    FOR EACH ROW WHEN (NEW.security_stamp IS DISTINCT FROM OLD.security_stamp OR NEW.is_disabled IS DISTINCT FROM OLD.is_disabled)
    EXECUTE FUNCTION portal_notify_person('id');
