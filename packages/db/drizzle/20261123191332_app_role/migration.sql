-- Hand-written: drizzle-kit does not create roles idempotently, and roles are shared by every
-- database on a server (tests create several databases side by side), so create it only when
-- missing and tolerate a concurrent creator.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wijknet_app') THEN
    CREATE ROLE wijknet_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
