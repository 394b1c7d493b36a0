-- Hand-written once: the audit log became append-only for the request role. The privileges now
-- live in packages/db/sql/wijknet_grant_app_privileges.sql and are applied by migrate after the
-- migrations; this migration keeps its place in the chain.
SELECT 1;
