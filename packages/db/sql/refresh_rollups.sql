-- Recomputes every indicator's counts of one municipality for the given periods, at the levels
-- municipality, team and district, following the definitions of the indicator registry
-- (@wijknet/outcome-monitoring). Rows that no longer have a value are removed; returns the number
-- of rows written or removed. Given p_indicators (codes of the registry), only those indicators
-- are computed and only their rows removed: a branch of another indicator is cut off by its
-- one-time filter before it reads a row, so a write that can change a few figures pays for those
-- (src/import/rollup-reach.ts works them out); NULL computes every indicator. Of the plans it
-- reads those open during the periods, so a write that reaches today's quarter does not walk a
-- municipality's whole history (see plan_rows for the two exceptions). SECURITY DEFINER
-- so a team-scoped write still counts the whole municipality; it refuses another municipality
-- than the scope's. The former two-argument form is dropped first.
--
-- Sums over several rows (hours, FTE, team age, ZRM change) are added up exactly (numeric, or
-- whole days) and divided once at the end, so a refresh gives the same figures whatever periods it
-- covers (float sums depended on the order the plan visited the rows). Rows that no longer have a
-- figure are found with a hashed lookup (NOT IN on the fresh figures): an anti join was planned as
-- a nested loop, growing with the square of a municipality's rollup rows.
DROP FUNCTION IF EXISTS refresh_rollups(text, text[]);
CREATE OR REPLACE FUNCTION refresh_rollups(p_municipality_id text, p_periods text[], p_indicators text[])
RETURNS integer
-- JIT compiling this one large statement costs seconds per call and saves nothing; the sorts of
-- a large municipality's plans fit in memory with a larger work_mem instead of spilling to disk.
-- A generic plan, made once per connection: a custom plan folds the indicator filters away but
-- costs more to make (tens of milliseconds) than a write's few indicators take to compute, and
-- the generic plan skips the other indicators' branches all the same, at run time.
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET jit = off SET work_mem = '32MB'
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  written integer;
BEGIN
  PERFORM wijknet_refuse_other_scope(p_municipality_id, 'refresh the rollups');

  WITH periods AS (
    SELECT p AS period, wijknet_period_first_day(p) AS first_day, wijknet_period_last_day(p) AS last_day
    FROM unnest(p_periods) AS p
  ),
  areas AS (
    SELECT 'municipality'::text AS level, m.id AS unit_id, m.households::float8 AS households,
           m.inhabitants::float8 AS inhabitants
    FROM municipalities m WHERE m.id = p_municipality_id
    UNION ALL
    SELECT 'district', d.id, d.households, d.inhabitants FROM districts d WHERE d.municipality_id = p_municipality_id
    UNION ALL
    SELECT 'team', td.team_id::text, sum(d.households), sum(d.inhabitants)
    FROM team_districts td JOIN districts d ON d.id = td.district_id
    WHERE td.municipality_id = p_municipality_id GROUP BY td.team_id
  ),
  span AS (SELECT min(first_day) AS first_day, max(last_day) AS last_day FROM periods),
  -- the plans open at some time during the periods, with their household's district: no other
  -- plan counts in a figure of theirs, except as a household's first plan (first_plans) and as
  -- the plan of an escalation twelve months back (the de-escalation branch), which read their own
  plan_rows AS (
    SELECT p.id, p.household_id, p.team_id, p.lead_member_id, p.opened_on, p.activated_on, p.closed_on,
           p.closure_reason, h.district_id
    FROM span s, plans p JOIN households h ON h.municipality_id = p.municipality_id AND h.id = p.household_id
    WHERE p.municipality_id = p_municipality_id AND p.opened_on <= s.last_day
      AND (p.closed_on IS NULL OR p.closed_on >= s.first_day)
  ),
  plan_units AS (
    SELECT pr.*, u.level, u.unit_id FROM plan_rows pr
    CROSS JOIN LATERAL (VALUES ('municipality', p_municipality_id), ('team', pr.team_id::text),
                               ('district', pr.district_id)) AS u(level, unit_id)
  ),
  -- outcomes are those of plans closed in a period: each one's first intake and last closure
  -- assessment, looked up by plan (a join of the two lists was planned as a nested loop over both)
  plan_scores AS (
    SELECT pr.id AS plan_id, i.scores AS intake, c.scores AS closure
    FROM plan_rows pr CROSS JOIN span s
    CROSS JOIN LATERAL (SELECT wijknet_zrm_scores(a) AS scores FROM assessments a
      WHERE a.municipality_id = p_municipality_id AND a.plan_id = pr.id AND a.moment = 'intake'
      ORDER BY a.assessed_on, a.id LIMIT 1) AS i
    CROSS JOIN LATERAL (SELECT wijknet_zrm_scores(a) AS scores FROM assessments a
      WHERE a.municipality_id = p_municipality_id AND a.plan_id = pr.id AND a.moment = 'closure'
      ORDER BY a.assessed_on DESC, a.id LIMIT 1) AS c
    WHERE pr.closed_on BETWEEN s.first_day AND s.last_day
  ),
  plan_changes AS (
    SELECT ps.plan_id,
      (SELECT avg(c_score - i_score) FROM unnest(ps.intake, ps.closure) AS s(i_score, c_score)
        WHERE i_score IS NOT NULL AND c_score IS NOT NULL) AS mean_change,
      (SELECT CASE WHEN count(*) = 0 THEN NULL
                   ELSE bool_or(ps.closure[x.position] > ps.intake[x.position])
                        AND NOT bool_or(ps.closure[x.position] < ps.intake[x.position]) END
        FROM (SELECT DISTINCT array_position(ARRAY['finances', 'work-and-education', 'time-use', 'housing',
                'domestic-relations', 'mental-health', 'physical-health', 'substance-use', 'basic-adl',
                'instrumental-adl', 'social-network', 'social-participation', 'justice', 'parenting'],
                g.life_domain) AS position
              FROM goals g WHERE g.municipality_id = p_municipality_id AND g.plan_id = ps.plan_id) AS x
        WHERE x.position IS NOT NULL AND ps.intake[x.position] IS NOT NULL AND ps.closure[x.position] IS NOT NULL
      ) AS improved_on_goals
    FROM plan_scores ps
  ),
  escalations AS (
    SELECT e.plan_id, e.occurred_on,
      (SELECT min(d.occurred_on) FROM plan_events d
        WHERE d.municipality_id = e.municipality_id AND d.plan_id = e.plan_id AND d.type = 'de-escalated'
          AND d.sequence > e.sequence) AS deescalated_on
    FROM plan_events e WHERE e.municipality_id = p_municipality_id AND e.type = 'escalated'
  ),
  -- once per plan and period, so counting escalated plans is a join, not a scan per plan
  escalated_in_period AS (
    SELECT DISTINCT e.plan_id, pr.period
    FROM escalations e JOIN periods pr ON e.occurred_on BETWEEN pr.first_day AND pr.last_day
  ),
  open_on_last_day AS (
    SELECT pr.period, p.household_id, p.district_id, p.team_id,
           count(*) OVER (PARTITION BY pr.period, p.household_id) AS open_plans,
           bool_and(p.lead_member_id IS NOT NULL AND p.activated_on <= pr.last_day)
             OVER (PARTITION BY pr.period, p.household_id) AS has_lead
    -- open on the last day: a plan is open through its closing date, as reach counts it
    FROM plan_rows p JOIN periods pr
      ON p.opened_on <= pr.last_day AND (p.closed_on IS NULL OR p.closed_on >= pr.last_day)
  ),
  first_plans AS (
    SELECT DISTINCT ON (p.household_id) p.household_id, p.team_id, h.district_id, p.opened_on,
           greatest(p.opened_on - h.registered_on, 0) AS days
    FROM plans p JOIN households h ON h.municipality_id = p.municipality_id AND h.id = p.household_id
    WHERE p.municipality_id = p_municipality_id
    ORDER BY p.household_id, p.opened_on, p.id
  ),
  event_units AS (
    SELECT r.type, r.occurred_on, u.level, u.unit_id FROM registered_events r
    CROSS JOIN LATERAL (VALUES ('municipality', p_municipality_id), ('team', r.team_id::text),
                               ('district', r.district_id)) AS u(level, unit_id)
    WHERE r.municipality_id = p_municipality_id AND u.unit_id IS NOT NULL
  ),
  -- registered events counted once per type, unit and period, then joined to every area
  event_counts AS (
    SELECT e.type, e.level, e.unit_id, pr.period, count(*) AS events
    FROM event_units e JOIN periods pr ON e.occurred_on BETWEEN pr.first_day AND pr.last_day
    GROUP BY 1, 2, 3, 4
  ),
  team_snapshots AS (
    -- team age in completed months (a month counts once its day of the month is reached)
    SELECT pr.period, t.id AS team_id,
      (extract(year FROM pr.last_day) - extract(year FROM t.started_on))::int * 12
        + (extract(month FROM pr.last_day) - extract(month FROM t.started_on))::int
        - (extract(day FROM pr.last_day) < extract(day FROM t.started_on))::int AS age_months,
      count(m.id) FILTER (WHERE m.ring = 'core') AS core_members,
      count(DISTINCT m.generalist_domain) FILTER (WHERE m.ring = 'core'
        AND m.generalist_domain IN ('community-development', 'individual-support', 'care')) AS domains,
      count(m.id) FILTER (WHERE m.ring = 'core' AND m.hours_in_wijk >= 24) AS core_24_hours,
      coalesce(sum(m.hours_in_wijk) FILTER (WHERE m.ring = 'core'), 0) AS core_hours,
      coalesce(bool_or(m.discipline = 'team-lead'), false) AS has_lead,
      -- FTE counts contracted hours of every member, core and ring (36 hours = 1 fte)
      coalesce(sum(m.contracted_hours), 0) AS contracted_hours
    FROM teams t JOIN periods pr ON t.started_on <= pr.last_day AND (t.ended_on IS NULL OR t.ended_on > pr.last_day)
    LEFT JOIN members m ON m.municipality_id = t.municipality_id AND m.team_id = t.id
      AND m.started_on <= pr.last_day AND (m.ended_on IS NULL OR m.ended_on > pr.last_day)
    WHERE t.municipality_id = p_municipality_id
    GROUP BY pr.period, pr.last_day, t.id, t.started_on
  ),
  team_units AS (
    SELECT s.*, (s.domains = 3) AS covers_domains, (s.core_members BETWEEN 1 AND 8) AS core_at_most_8,
           (s.core_members > 0 AND s.core_24_hours = s.core_members) AS core_24, u.level, u.unit_id
    FROM team_snapshots s
    CROSS JOIN LATERAL (VALUES ('municipality', p_municipality_id), ('team', s.team_id::text)) AS u(level, unit_id)
  ),
  fresh AS (
    -- outcomes of plans closed in the period
    SELECT pu.level, pu.unit_id, pr.period, 'zrm-mean-change' AS indicator_code,
           sum(c.mean_change)::float8 AS numerator, count(*)::float8 AS denominator, count(*)::int AS n
    FROM plan_units pu JOIN periods pr ON pu.closed_on BETWEEN pr.first_day AND pr.last_day
    JOIN plan_changes c ON c.plan_id = pu.id WHERE c.mean_change IS NOT NULL AND (p_indicators IS NULL OR 'zrm-mean-change' = ANY (p_indicators))
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT pu.level, pu.unit_id, pr.period, 'closed-plans-improved-on-goals',
           count(*) FILTER (WHERE c.improved_on_goals), count(*), count(*)
    FROM plan_units pu JOIN periods pr ON pu.closed_on BETWEEN pr.first_day AND pr.last_day
    JOIN plan_changes c ON c.plan_id = pu.id WHERE c.improved_on_goals IS NOT NULL
      AND (p_indicators IS NULL OR 'closed-plans-improved-on-goals' = ANY (p_indicators))
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT pu.level, pu.unit_id, pr.period, 'closed-plans-goals-achieved',
           count(*) FILTER (WHERE pu.closure_reason = 'goals-achieved'), count(*), count(*)
    FROM plan_units pu JOIN periods pr ON pu.closed_on BETWEEN pr.first_day AND pr.last_day
    WHERE (p_indicators IS NULL OR 'closed-plans-goals-achieved' = ANY (p_indicators))
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT pu.level, pu.unit_id, pr.period, 'plans-escalated',
           count(*) FILTER (WHERE ep.plan_id IS NOT NULL), count(*), count(*)
    FROM plan_units pu JOIN periods pr ON pu.opened_on <= pr.last_day AND (pu.closed_on IS NULL OR pu.closed_on >= pr.first_day)
    LEFT JOIN escalated_in_period ep ON ep.plan_id = pu.id AND ep.period = pr.period
    WHERE (p_indicators IS NULL OR 'plans-escalated' = ANY (p_indicators))
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT pu.level, pu.unit_id, pr.period, 'escalations-de-escalated-within-12-months',
           count(*) FILTER (WHERE e.deescalated_on <= (e.occurred_on + interval '12 months')::date), count(*), count(*)
    FROM escalations e JOIN periods pr
      ON (e.occurred_on + interval '12 months')::date BETWEEN pr.first_day AND pr.last_day
    JOIN plans p ON p.municipality_id = p_municipality_id AND p.id = e.plan_id
    JOIN households h ON h.municipality_id = p.municipality_id AND h.id = p.household_id
    CROSS JOIN LATERAL (VALUES ('municipality', p_municipality_id), ('team', p.team_id::text),
                               ('district', h.district_id)) AS pu(level, unit_id)
    WHERE (p_indicators IS NULL OR 'escalations-de-escalated-within-12-months' = ANY (p_indicators))
    GROUP BY 1, 2, 3
    UNION ALL
    -- access
    SELECT u.level, u.unit_id, o.period, 'one-plan-compliance',
           count(DISTINCT o.household_id) FILTER (WHERE o.open_plans = 1 AND o.has_lead),
           count(DISTINCT o.household_id), count(DISTINCT o.household_id)
    FROM open_on_last_day o
    CROSS JOIN LATERAL (VALUES ('municipality', p_municipality_id), ('team', o.team_id::text),
                               ('district', o.district_id)) AS u(level, unit_id)
    WHERE (p_indicators IS NULL OR 'one-plan-compliance' = ANY (p_indicators))
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT a.level, a.unit_id, pr.period, 'reach-per-1000-households',
           coalesce(r.reached, 0), a.households, coalesce(r.reached, 0)::int
    FROM areas a CROSS JOIN periods pr
    LEFT JOIN (SELECT pu.level, pu.unit_id, pr2.period, count(DISTINCT pu.household_id) AS reached
               FROM plan_units pu JOIN periods pr2
                 ON pu.opened_on <= pr2.last_day AND (pu.closed_on IS NULL OR pu.closed_on >= pr2.first_day)
               GROUP BY 1, 2, 3) r ON r.level = a.level AND r.unit_id = a.unit_id AND r.period = pr.period
    WHERE a.households > 0 AND (p_indicators IS NULL OR 'reach-per-1000-households' = ANY (p_indicators))
    UNION ALL
    -- the median cannot be summed: numerator / denominator gives the median, n the households
    SELECT u.level, u.unit_id, pr.period, 'median-days-to-first-plan',
           percentile_cont(0.5) WITHIN GROUP (ORDER BY f.days) * count(*), count(*), count(*)
    FROM first_plans f JOIN periods pr ON f.opened_on BETWEEN pr.first_day AND pr.last_day
    CROSS JOIN LATERAL (VALUES ('municipality', p_municipality_id), ('team', f.team_id::text),
                               ('district', f.district_id)) AS u(level, unit_id)
    WHERE (p_indicators IS NULL OR 'median-days-to-first-plan' = ANY (p_indicators))
    GROUP BY 1, 2, 3
    UNION ALL
    -- safety: counts per 1,000 households or minors of the area, zero where nothing happened
    SELECT a.level, a.unit_id, pr.period, k.indicator_code,
           coalesce(ec.events, 0),
           -- the reference data holds no CBS count of minors: the registry's estimate, 19.5% of
           -- inhabitants rounded to a whole child (estimatedMinors in @wijknet/outcome-monitoring)
           CASE WHEN k.per_minor THEN floor((a.inhabitants * 195 + 500) / 1000) ELSE a.households END,
           coalesce(ec.events, 0)::int
    FROM areas a CROSS JOIN periods pr
    CROSS JOIN (VALUES ('evictions-per-1000-households', 'eviction', false),
                       ('evictions-prevented-per-1000-households', 'eviction-prevented', false),
                       ('supervision-orders-per-1000-minors', 'supervision-order', true))
               AS k(indicator_code, event_type, per_minor)
    LEFT JOIN event_counts ec ON ec.type = k.event_type AND ec.level = a.level
      AND ec.unit_id = a.unit_id AND ec.period = pr.period
    WHERE a.households > 0 AND a.inhabitants > 0
      -- the first test alone (no column in it) skips the whole branch when none of the three is asked
      AND (p_indicators IS NULL OR p_indicators && ARRAY['evictions-per-1000-households',
             'evictions-prevented-per-1000-households', 'supervision-orders-per-1000-minors'])
      AND (p_indicators IS NULL OR k.indicator_code = ANY (p_indicators))
    UNION ALL
    -- team composition: a snapshot on the last day of the period
    SELECT level, unit_id, period, 'core-size', sum(core_members), count(*), count(*) FROM team_units WHERE (p_indicators IS NULL OR 'core-size' = ANY (p_indicators)) GROUP BY 1, 2, 3
    UNION ALL
    SELECT level, unit_id, period, 'teams-covering-three-domains', count(*) FILTER (WHERE covers_domains), count(*), count(*)
    FROM team_units WHERE (p_indicators IS NULL OR 'teams-covering-three-domains' = ANY (p_indicators)) GROUP BY 1, 2, 3
    UNION ALL
    SELECT level, unit_id, period, 'teams-core-at-most-8', count(*) FILTER (WHERE core_at_most_8), count(*), count(*)
    FROM team_units WHERE (p_indicators IS NULL OR 'teams-core-at-most-8' = ANY (p_indicators)) GROUP BY 1, 2, 3
    UNION ALL
    SELECT level, unit_id, period, 'teams-core-24-hours', count(*) FILTER (WHERE core_24), count(*), count(*)
    FROM team_units WHERE (p_indicators IS NULL OR 'teams-core-24-hours' = ANY (p_indicators)) GROUP BY 1, 2, 3
    UNION ALL
    SELECT level, unit_id, period, 'teams-with-lead', count(*) FILTER (WHERE has_lead), count(*), count(*)
    FROM team_units WHERE (p_indicators IS NULL OR 'teams-with-lead' = ANY (p_indicators)) GROUP BY 1, 2, 3
    UNION ALL
    SELECT level, unit_id, period, 'teams-meeting-basic-model',
           count(*) FILTER (WHERE covers_domains AND core_at_most_8 AND core_24 AND has_lead), count(*), count(*)
    FROM team_units WHERE (p_indicators IS NULL OR 'teams-meeting-basic-model' = ANY (p_indicators)) GROUP BY 1, 2, 3
    UNION ALL
    SELECT level, unit_id, period, 'team-age-years', sum(age_months)::float8 / 12, count(*), count(*) FROM team_units WHERE (p_indicators IS NULL OR 'team-age-years' = ANY (p_indicators)) GROUP BY 1, 2, 3
    UNION ALL
    SELECT t.level, t.unit_id, t.period, 'fte-per-10000-inhabitants', (sum(t.contracted_hours) / 36)::float8, max(a.inhabitants), count(*)
    FROM team_units t JOIN areas a ON a.level = t.level AND a.unit_id = t.unit_id
    WHERE a.inhabitants > 0 AND (p_indicators IS NULL OR 'fte-per-10000-inhabitants' = ANY (p_indicators)) GROUP BY 1, 2, 3
    UNION ALL
    SELECT level, unit_id, period, 'hours-in-wijk-per-core-member', sum(core_hours)::float8, sum(core_members), sum(core_members)::int
    FROM team_units WHERE (p_indicators IS NULL OR 'hours-in-wijk-per-core-member' = ANY (p_indicators)) GROUP BY 1, 2, 3 HAVING sum(core_members) > 0
    UNION ALL
    SELECT level, unit_id, period, 'core-members-at-least-24-hours', sum(core_24_hours), sum(core_members), sum(core_members)::int
    FROM team_units WHERE (p_indicators IS NULL OR 'core-members-at-least-24-hours' = ANY (p_indicators)) GROUP BY 1, 2, 3 HAVING sum(core_members) > 0
  ),
  valued AS (SELECT * FROM fresh WHERE denominator > 0),
  upserted AS (
    INSERT INTO indicator_rollups AS r
      (municipality_id, level, unit_id, period, indicator_code, numerator, denominator, n)
    SELECT p_municipality_id, level, unit_id, period, indicator_code, numerator, denominator, n FROM valued
    ON CONFLICT (municipality_id, level, unit_id, period, indicator_code) DO UPDATE
      SET numerator = excluded.numerator, denominator = excluded.denominator, n = excluded.n
      WHERE (r.numerator, r.denominator, r.n) IS DISTINCT FROM (excluded.numerator, excluded.denominator, excluded.n)
    RETURNING 1
  ),
  removed AS (
    DELETE FROM indicator_rollups r
    WHERE r.municipality_id = p_municipality_id AND r.period = ANY (p_periods)
      AND (p_indicators IS NULL OR r.indicator_code = ANY (p_indicators))
      AND (r.level, r.unit_id, r.period, r.indicator_code) NOT IN
          (SELECT v.level, v.unit_id, v.period, v.indicator_code FROM valued v)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM upserted) + (SELECT count(*) FROM removed) INTO written;
  RETURN written;
END
$$;

GRANT EXECUTE ON FUNCTION refresh_rollups(text, text[], text[]) TO wijknet_app;
