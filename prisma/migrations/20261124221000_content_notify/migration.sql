-- Every write of an entry updates its ErrorCode row (version, status), so one trigger there tells every
-- listening API process (caches, the portal's revalidation) which code changed. NOTIFY is delivered on
-- commit only, so a rolled-back save announces nothing.
CREATE FUNCTION kb_notify_content() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kb_content', COALESCE(NEW."code", OLD."code"));
  RETURN NULL;
END
$$;

CREATE TRIGGER kb_content_changed
  AFTER INSERT OR UPDATE OR DELETE ON "ErrorCode"
  FOR EACH ROW EXECUTE FUNCTION kb_notify_content();
