-- Hand-written once: the request role's privileges and the published-aggregates view. Both now
-- live in packages/db/sql (wijknet_grant_app_privileges.sql, published_indicator_rollups.sql) and
-- are applied by migrate after the migrations; this migration keeps its place in the chain.
SELECT 1;
