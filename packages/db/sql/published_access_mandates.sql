-- The access mandate (toegang) most of a municipality's current teams hold, for the municipalities
-- that publish their team composition: what the peer group "same access mandate" is drawn on. A
-- tie goes to the mandate that sorts first. Like the other published_* views it runs with its
-- owner's rights, past row-level security, and it names a mandate only where the municipality
-- publishes the composition group, so a municipality that does not is never grouped by it.
CREATE OR REPLACE VIEW published_access_mandates AS
SELECT DISTINCT ON (t.municipality_id) t.municipality_id, t.mandate
FROM teams t
JOIN publication_settings p
  ON p.municipality_id = t.municipality_id AND p.indicator_group = 'composition'
WHERE p.is_published AND t.ended_on IS NULL
GROUP BY t.municipality_id, t.mandate
ORDER BY t.municipality_id, count(*) DESC, t.mandate;

GRANT SELECT ON published_access_mandates TO wijknet_app;
