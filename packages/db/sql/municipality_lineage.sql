-- Every code that ever existed since 2016, with the share of it that lives on in each of
-- today's municipalities (1 for a current code; mergers followed to the end of the chain).
CREATE OR REPLACE VIEW municipality_lineage AS
WITH RECURSIVE lineage(historical_id, current_id, share) AS (
  SELECT m.id, m.id, 1::float8 FROM municipalities m
  UNION ALL
  SELECT l.historical_id, g.new_id, l.share * g.share
  FROM lineage l JOIN municipality_mergers g ON g.old_id = l.current_id
)
SELECT l.historical_id, l.current_id, l.share
FROM lineage l JOIN municipalities m ON m.id = l.current_id
WHERE m.valid_until IS NULL;

GRANT SELECT ON municipality_lineage TO wijknet_app;
