-- The scope's own municipality's rollups on today's municipalities, its predecessors' history
-- included (which row-level security would hide, as it lies under their former codes). Another
-- municipality's rows are never returned to the application role; the owner (migrate, a rebuild
-- without a scope) reads every row.
CREATE OR REPLACE VIEW own_rollups_on_current_municipalities AS
SELECT c.municipality_id, c.period, c.indicator_code, c.numerator, c.denominator, c.n
FROM rollups_on_current_municipalities c
WHERE c.municipality_id = current_setting('wijknet.municipality_id', true)
   OR current_user <> 'wijknet_app';

GRANT SELECT ON own_rollups_on_current_municipalities TO wijknet_app;
