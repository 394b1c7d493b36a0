-- Published municipality-level counts recomputed on today's municipalities: a figure of a
-- municipality formed later is the sum of its predecessors' numerators and denominators.
CREATE OR REPLACE VIEW published_rollups_on_current_municipalities AS
SELECT l.current_id AS municipality_id, r.period, r.indicator_code,
       sum(r.numerator * l.share) AS numerator, sum(r.denominator * l.share) AS denominator,
       round(sum(r.n * l.share))::int AS n
FROM published_indicator_rollups r
JOIN municipality_lineage l ON l.historical_id = r.municipality_id
WHERE r.level = 'municipality'
GROUP BY l.current_id, r.period, r.indicator_code;

GRANT SELECT ON published_rollups_on_current_municipalities TO wijknet_app;
