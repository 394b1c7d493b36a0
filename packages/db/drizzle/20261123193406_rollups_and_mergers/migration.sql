-- Hand-written once: periods, the rollup refresh and time series on today's municipalities. They
-- now live in packages/db/sql (wijknet_period_first_day.sql, wijknet_period_last_day.sql,
-- refresh_rollups.sql, municipality_lineage.sql, published_rollups_on_current_municipalities.sql)
-- and are applied by migrate after the migrations; this migration keeps its place in the chain.
SELECT 1;
