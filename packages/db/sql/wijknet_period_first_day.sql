-- The first day of a period: a quarter ('2026-Q3') or a calendar year ('2026').
CREATE OR REPLACE FUNCTION wijknet_period_first_day(period text) RETURNS date
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN period ~ '^\d{4}-Q[1-4]$'
    THEN make_date(substr(period, 1, 4)::int, (substr(period, 7, 1)::int - 1) * 3 + 1, 1)
    ELSE make_date(period::int, 1, 1) END
$$;
