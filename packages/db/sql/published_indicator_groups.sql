-- Which municipality publishes which indicator group (publicerende gemeenten). A comparison lists
-- a publisher with no figures as having no data, not as unpublished. Public knowledge, as its
-- published figures are; like published_indicator_figures it runs with its owner's rights, past
-- row-level security.
CREATE OR REPLACE VIEW published_indicator_groups AS
SELECT p.municipality_id, p.indicator_group
FROM publication_settings p
WHERE p.is_published;

GRANT SELECT ON published_indicator_groups TO wijknet_app;
