-- Hand-written once: refresh_rollups with exact sums and a hashed removal of stale rows. The
-- function now lives in packages/db/sql/refresh_rollups.sql and is applied by migrate after the
-- migrations; this migration keeps its place in the chain.
SELECT 1;
