-- The audit trail is append-only, enforced in the database so that not even the application's
-- own role (which owns the table, so grants cannot stop it) can rewrite history. A statement
-- trigger rejects every UPDATE, DELETE and TRUNCATE, even one that would touch no row.
CREATE FUNCTION public.audit_events_reject_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'integrity_constraint_violation',
          HINT = 'Record a new audit event instead of changing an old one.';
END
$$;--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
BEFORE UPDATE OR DELETE OR TRUNCATE ON public.audit_events
FOR EACH STATEMENT EXECUTE FUNCTION public.audit_events_reject_change();
