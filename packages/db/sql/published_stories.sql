-- The stories (ervaringsverhalen) a municipality published on its public profile: the only way a
-- story crosses the municipality's boundary. Like published_indicator_figures it runs with its
-- owner's rights, past row-level security, and filters on the story's own status; a draft or a
-- withdrawn story never leaves the municipality.
CREATE OR REPLACE VIEW published_stories AS
SELECT s.municipality_id, s.id, s.team_id, t.name AS team_name, s.period, s.title, s.body,
       s.life_domains, s.status, s.status_changed_at, s.created_at
FROM stories s
LEFT JOIN teams t ON t.municipality_id = s.municipality_id AND t.id = s.team_id
WHERE s.status = 'published';

GRANT SELECT ON published_stories TO wijknet_app;
