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
