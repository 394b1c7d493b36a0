-- The ZRM change per life domain of the municipalities that publish the indicator group of
-- zrm-mean-change, the indicator these figures belong to. Like published_indicator_rollups it
-- runs with its owner's rights, past row-level security, and filters on the publication
-- settings itself; suppression is applied by the reader (controlZrmChangeByDomain).
CREATE OR REPLACE VIEW published_zrm_domain_rollups AS
SELECT z.municipality_id, z.period, z.life_domain, z.change_sum, z.n, z.improved, z.unchanged, z.worsened
FROM zrm_domain_rollups z
JOIN indicator_definitions d ON d.code = 'zrm-mean-change'
JOIN publication_settings p
  ON p.municipality_id = z.municipality_id AND p.indicator_group = d.indicator_group
WHERE p.is_published;

GRANT SELECT ON published_zrm_domain_rollups TO wijknet_app;
