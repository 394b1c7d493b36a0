-- Recomputes the ZRM change per life domain (ZRM-verandering per leefgebied) of one municipality
-- for the given periods: the plans closed in a period, as the indicator zrm-mean-change counts
-- them (intake scores from the earliest intake assessment, closure scores from the latest closure
-- assessment), per life domain scored in both: the summed change, the plans, and how many
-- improved, stayed the same or worsened. computeZrmChangeByDomain in @wijknet/outcome-monitoring
-- is the same rule in TypeScript; the rollup property test holds the two together. Rows that no
-- longer have plans behind them are removed; returns the rows written or removed. SECURITY
-- DEFINER and refusing another municipality than the scope's, as refresh_rollups.
CREATE OR REPLACE FUNCTION refresh_zrm_domain_rollups(p_municipality_id text, p_periods text[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET jit = off AS $$
DECLARE
  written integer;
BEGIN
  PERFORM wijknet_refuse_other_scope(p_municipality_id, 'refresh the ZRM change per life domain');

  WITH periods AS (
    SELECT p AS period, wijknet_period_first_day(p) AS first_day, wijknet_period_last_day(p) AS last_day
    FROM unnest(p_periods) AS p
  ),
  closed AS (
    SELECT p.id, pr.period FROM plans p
    JOIN periods pr ON p.closed_on BETWEEN pr.first_day AND pr.last_day
    WHERE p.municipality_id = p_municipality_id
  ),
  intake AS (
    SELECT DISTINCT ON (a.plan_id) a.* FROM assessments a
    WHERE a.municipality_id = p_municipality_id AND a.moment = 'intake' AND a.plan_id IS NOT NULL
    ORDER BY a.plan_id, a.assessed_on, a.id
  ),
  closure AS (
    SELECT DISTINCT ON (a.plan_id) a.* FROM assessments a
    WHERE a.municipality_id = p_municipality_id AND a.moment = 'closure' AND a.plan_id IS NOT NULL
    ORDER BY a.plan_id, a.assessed_on DESC, a.id
  ),
  changes AS (
    SELECT c.period, s.life_domain, s.closure_score - s.intake_score AS change
    FROM closed c JOIN intake i ON i.plan_id = c.id JOIN closure z ON z.plan_id = c.id
    CROSS JOIN LATERAL (VALUES
      ('finances', i.finances, z.finances),
      ('work-and-education', i.work_and_education, z.work_and_education),
      ('time-use', i.time_use, z.time_use),
      ('housing', i.housing, z.housing),
      ('domestic-relations', i.domestic_relations, z.domestic_relations),
      ('mental-health', i.mental_health, z.mental_health),
      ('physical-health', i.physical_health, z.physical_health),
      ('substance-use', i.substance_use, z.substance_use),
      ('basic-adl', i.basic_adl, z.basic_adl),
      ('instrumental-adl', i.instrumental_adl, z.instrumental_adl),
      ('social-network', i.social_network, z.social_network),
      ('social-participation', i.social_participation, z.social_participation),
      ('justice', i.justice, z.justice),
      ('parenting', i.parenting, z.parenting)
    ) AS s(life_domain, intake_score, closure_score)
    WHERE s.intake_score IS NOT NULL AND s.closure_score IS NOT NULL
  ),
  fresh AS (
    SELECT period, life_domain, sum(change)::int AS change_sum, count(*)::int AS n,
           count(*) FILTER (WHERE change > 0)::int AS improved,
           count(*) FILTER (WHERE change = 0)::int AS unchanged,
           count(*) FILTER (WHERE change < 0)::int AS worsened
    FROM changes GROUP BY 1, 2
  ),
  upserted AS (
    INSERT INTO zrm_domain_rollups AS r
      (municipality_id, period, life_domain, change_sum, n, improved, unchanged, worsened)
    SELECT p_municipality_id, period, life_domain, change_sum, n, improved, unchanged, worsened FROM fresh
    ON CONFLICT (municipality_id, period, life_domain) DO UPDATE
      SET change_sum = excluded.change_sum, n = excluded.n, improved = excluded.improved,
          unchanged = excluded.unchanged, worsened = excluded.worsened
      WHERE (r.change_sum, r.n, r.improved, r.unchanged, r.worsened)
        IS DISTINCT FROM (excluded.change_sum, excluded.n, excluded.improved, excluded.unchanged, excluded.worsened)
    RETURNING 1
  ),
  removed AS (
    DELETE FROM zrm_domain_rollups r
    WHERE r.municipality_id = p_municipality_id AND r.period = ANY (p_periods)
      AND (r.period, r.life_domain) NOT IN (SELECT f.period, f.life_domain FROM fresh f)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM upserted) + (SELECT count(*) FROM removed) INTO written;
  RETURN written;
END
$$;

GRANT EXECUTE ON FUNCTION refresh_zrm_domain_rollups(text, text[]) TO wijknet_app;
