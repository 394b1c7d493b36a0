-- The only way across a municipality's boundary for counts: rollups of the indicator groups a
-- municipality chose to publish. The view runs with its owner's rights, so it reads past
-- row-level security, and it filters on the publication settings itself.
CREATE OR REPLACE VIEW published_indicator_rollups AS
SELECT r.municipality_id, r.level, r.unit_id, r.period, r.indicator_code,
       r.numerator, r.denominator, r.n
FROM indicator_rollups r
JOIN indicator_definitions d ON d.code = r.indicator_code
JOIN publication_settings p
  ON p.municipality_id = r.municipality_id AND p.indicator_group = d.indicator_group
WHERE p.is_published;

GRANT SELECT ON published_indicator_rollups TO wijknet_app;
