-- Published figures of every municipality: the public figures of the indicator groups a
-- municipality chose to publish. Like published_indicator_rollups it runs with its owner's
-- rights, past row-level security, and filters on the publication settings itself; unlike it,
-- it never carries a withheld figure's value or count.
CREATE OR REPLACE VIEW published_indicator_figures AS
SELECT f.municipality_id, f.indicator_code, d.indicator_group, f.period, f.value, f.n,
       f.suppression_reason
FROM public_indicator_figures f
JOIN indicator_definitions d ON d.code = f.indicator_code
JOIN publication_settings p
  ON p.municipality_id = f.municipality_id AND p.indicator_group = d.indicator_group
WHERE p.is_published;

GRANT SELECT ON published_indicator_figures TO wijknet_app;
