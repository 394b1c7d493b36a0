-- Every code that ever existed since 2016, with the share of it that lives on in each of
-- today's municipalities (1 for a current code; mergers followed to the end of the chain).
--
-- Materialized, so the planner sees its few hundred rows as a table: over the recursive query
-- it expected hundreds of codes behind one current municipality and read all of
-- indicator_rollups for a municipality's own series, where a table lets it look up the two or
-- three codes behind one and read only their rollups. wijknet_refresh_municipality_lineage keeps
-- it up to date whenever the municipalities or their mergers change. Built again from this file
-- on every migrate, which drops the views on it first; their files come later and create them
-- again.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relname = 'municipality_lineage' AND c.relkind = 'v') THEN
    DROP VIEW municipality_lineage CASCADE;
  END IF;
END
$$;
DROP MATERIALIZED VIEW IF EXISTS municipality_lineage CASCADE;
CREATE MATERIALIZED VIEW municipality_lineage AS
WITH RECURSIVE lineage(historical_id, current_id, share) AS (
  SELECT m.id, m.id, 1::float8 FROM municipalities m
  UNION ALL
  SELECT l.historical_id, g.new_id, l.share * g.share
  FROM lineage l JOIN municipality_mergers g ON g.old_id = l.current_id
)
SELECT l.historical_id, l.current_id, l.share
FROM lineage l JOIN municipalities m ON m.id = l.current_id
WHERE m.valid_until IS NULL;

CREATE INDEX municipality_lineage_current_id ON municipality_lineage (current_id, historical_id);

GRANT SELECT ON municipality_lineage TO wijknet_app;
