-- The day of a municipality's first data: its earliest plan opening or registered event, or null
-- when it has neither. Its rollups are kept from the quarter holding this day through the quarter
-- holding today (src/rollups/kept-periods.ts); before it, it has no figures rather than zeros.
-- SECURITY DEFINER, like refresh_rollups, so a team-scoped write sees the whole municipality; it
-- refuses another municipality than the scope's.
CREATE OR REPLACE FUNCTION wijknet_first_data_day(p_municipality_id text) RETURNS date
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM wijknet_refuse_other_scope(p_municipality_id, 'read the first data day');
  RETURN least(
    (SELECT min(p.opened_on) FROM plans p WHERE p.municipality_id = p_municipality_id),
    (SELECT min(e.occurred_on) FROM registered_events e WHERE e.municipality_id = p_municipality_id)
  );
END
$$;

GRANT EXECUTE ON FUNCTION wijknet_first_data_day(text) TO wijknet_app;
