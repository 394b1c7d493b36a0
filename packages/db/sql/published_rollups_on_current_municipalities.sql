-- Published municipality-level counts recomputed on today's municipalities: a figure of a
-- municipality formed later is the sum of its predecessors' numerators and denominators, and
-- it is published when today's municipality publishes the indicator's group.
CREATE OR REPLACE VIEW published_rollups_on_current_municipalities AS
SELECT c.municipality_id, c.period, c.indicator_code, c.numerator, c.denominator, c.n
FROM rollups_on_current_municipalities c
JOIN indicator_definitions d ON d.code = c.indicator_code
JOIN publication_settings p
  ON p.municipality_id = c.municipality_id AND p.indicator_group = d.indicator_group
WHERE p.is_published;

GRANT SELECT ON published_rollups_on_current_municipalities TO wijknet_app;
