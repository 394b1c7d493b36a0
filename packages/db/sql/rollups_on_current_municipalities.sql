-- Every municipality-level rollup recomputed on today's municipalities: a current municipality's
-- counts together with those of the former municipalities that merged into it (numerators,
-- denominators and n by the share that lives on in it), so its history shows under its current
-- code. Not granted to the application: it sees these rows only through
-- own_rollups_on_current_municipalities and published_rollups_on_current_municipalities.
CREATE OR REPLACE VIEW rollups_on_current_municipalities AS
SELECT l.current_id AS municipality_id, r.period, r.indicator_code,
       sum(r.numerator * l.share) AS numerator, sum(r.denominator * l.share) AS denominator,
       round(sum(r.n * l.share))::int AS n
FROM indicator_rollups r
JOIN municipality_lineage l ON l.historical_id = r.municipality_id
WHERE r.level = 'municipality'
GROUP BY l.current_id, r.period, r.indicator_code;
