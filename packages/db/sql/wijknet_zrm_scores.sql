-- An assessment's ZRM scores as one array, in the order of the life domains in refresh_rollups
-- (finances first, parenting last), each null where the domain was not scored.
CREATE OR REPLACE FUNCTION wijknet_zrm_scores(a assessments) RETURNS smallint[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[a.finances, a.work_and_education, a.time_use, a.housing, a.domestic_relations,
    a.mental_health, a.physical_health, a.substance_use, a.basic_adl, a.instrumental_adl,
    a.social_network, a.social_participation, a.justice, a.parenting]
$$;
