-- The completeness of a municipality's registration (datakwaliteit) per period, counted from the
-- tenant tables: plans opened with an intake ZRM, plans closed with a closure ZRM (and with both,
-- which the ZRM outcome figures need), open plans without a lead, open plans whose last ZRM is
-- more than 3 or 6 months old (the follow-up moments of domain.md), and households in a district
-- no active team serves. Open plans and households are counted on the period's last day, or on
-- p_today while the period runs.
--
-- Counts of plans, never households' rows, leave this function. SECURITY DEFINER so an institute
-- can read the counts of publishing municipalities past row-level security; the guard below is
-- the database's own tenancy rule for them: a municipality or admin scope reads its own
-- municipality, every scope reads municipalities that publish at least one indicator group, and a
-- scope reads nothing else (other municipalities are left out, not refused).
CREATE OR REPLACE FUNCTION data_quality(p_municipality_ids text[], p_periods text[], p_today date)
RETURNS TABLE (
  municipality_id text, period text,
  plans_opened int, plans_opened_with_intake_zrm int,
  plans_closed int, plans_closed_with_closure_zrm int, plans_closed_with_both_zrm int,
  open_plans int, open_plans_without_lead int,
  open_plans_overdue_3_months int, open_plans_overdue_6_months int,
  households int, households_outside_team_districts int
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH readable AS (
    SELECT m.id FROM municipalities m
    WHERE m.id = ANY (p_municipality_ids)
      AND ((m.id = current_setting('wijknet.municipality_id', true)
            AND current_setting('wijknet.role', true) IN ('municipality', 'admin'))
        OR EXISTS (SELECT 1 FROM publication_settings s
                   WHERE s.municipality_id = m.id AND s.is_published))
  ),
  periods AS (
    SELECT p AS period, wijknet_period_first_day(p) AS first_day,
           least(wijknet_period_last_day(p), p_today) AS reference_day
    FROM unnest(p_periods) AS p
  ),
  plan_counts AS (
    SELECT r.id AS municipality_id, pr.period,
      count(*) FILTER (WHERE p.opened_on BETWEEN pr.first_day AND pr.reference_day) AS opened,
      count(*) FILTER (WHERE p.opened_on BETWEEN pr.first_day AND pr.reference_day AND x.has_intake) AS opened_with_intake,
      count(*) FILTER (WHERE p.closed_on BETWEEN pr.first_day AND pr.reference_day) AS closed,
      count(*) FILTER (WHERE p.closed_on BETWEEN pr.first_day AND pr.reference_day AND x.has_closure) AS closed_with_closure,
      count(*) FILTER (WHERE p.closed_on BETWEEN pr.first_day AND pr.reference_day
                         AND x.has_intake AND x.has_closure) AS closed_with_both,
      count(*) FILTER (WHERE o.is_open) AS open,
      count(*) FILTER (WHERE o.is_open AND p.lead_member_id IS NULL) AS open_without_lead,
      count(*) FILTER (WHERE o.is_open AND o.measured_on < (pr.reference_day - interval '3 months')::date) AS overdue_3,
      count(*) FILTER (WHERE o.is_open AND o.measured_on < (pr.reference_day - interval '6 months')::date) AS overdue_6
    FROM readable r CROSS JOIN periods pr
    JOIN plans p ON p.municipality_id = r.id AND p.opened_on <= pr.reference_day
      AND (p.closed_on IS NULL OR p.closed_on >= pr.first_day)
    CROSS JOIN LATERAL (
      SELECT bool_or(a.moment = 'intake') IS TRUE AS has_intake,
             bool_or(a.moment = 'closure') IS TRUE AS has_closure
      FROM assessments a WHERE a.municipality_id = p.municipality_id AND a.plan_id = p.id
    ) x
    -- open on the reference day as the registry counts it (through its closing date); its last
    -- ZRM is the household's latest since the plan opened, the opening date when there is none
    CROSS JOIN LATERAL (
      SELECT (p.closed_on IS NULL OR p.closed_on >= pr.reference_day) AS is_open,
        coalesce((SELECT max(a.assessed_on) FROM assessments a
                  WHERE a.municipality_id = p.municipality_id AND a.household_id = p.household_id
                    AND a.assessed_on BETWEEN p.opened_on AND pr.reference_day), p.opened_on) AS measured_on
    ) o
    GROUP BY r.id, pr.period
  ),
  household_counts AS (
    SELECT r.id AS municipality_id, pr.period, count(*) AS households,
      count(*) FILTER (WHERE NOT EXISTS (
        SELECT 1 FROM team_districts td JOIN teams t ON t.municipality_id = td.municipality_id AND t.id = td.team_id
        WHERE td.municipality_id = h.municipality_id AND td.district_id = h.district_id
          AND t.started_on <= pr.reference_day AND (t.ended_on IS NULL OR t.ended_on > pr.reference_day)
      )) AS outside
    FROM readable r CROSS JOIN periods pr
    JOIN households h ON h.municipality_id = r.id AND h.registered_on <= pr.reference_day
    GROUP BY r.id, pr.period
  )
  SELECT r.id, pr.period,
    coalesce(pc.opened, 0)::int, coalesce(pc.opened_with_intake, 0)::int,
    coalesce(pc.closed, 0)::int, coalesce(pc.closed_with_closure, 0)::int, coalesce(pc.closed_with_both, 0)::int,
    coalesce(pc.open, 0)::int, coalesce(pc.open_without_lead, 0)::int,
    coalesce(pc.overdue_3, 0)::int, coalesce(pc.overdue_6, 0)::int,
    coalesce(hc.households, 0)::int, coalesce(hc.outside, 0)::int
  FROM readable r CROSS JOIN periods pr
  LEFT JOIN plan_counts pc ON pc.municipality_id = r.id AND pc.period = pr.period
  LEFT JOIN household_counts hc ON hc.municipality_id = r.id AND hc.period = pr.period
  ORDER BY r.id, pr.period
$$;

REVOKE ALL ON FUNCTION data_quality(text[], text[], date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION data_quality(text[], text[], date) TO wijknet_app;
