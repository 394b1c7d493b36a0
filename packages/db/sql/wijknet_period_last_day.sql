-- The last day of a period: a quarter ('2026-Q3') or a calendar year ('2026').
CREATE OR REPLACE FUNCTION wijknet_period_last_day(period text) RETURNS date
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN period ~ '^\d{4}-Q[1-4]$'
    THEN (wijknet_period_first_day(period) + interval '3 months' - interval '1 day')::date
    ELSE make_date(period::int, 12, 31) END
$$;
