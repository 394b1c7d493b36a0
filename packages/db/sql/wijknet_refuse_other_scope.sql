-- Refuses, with insufficient_privilege, a function called for another municipality than the one
-- the caller's scope (wijknet.municipality_id) is set to; a call without a scope (the owner:
-- migrate, a seed, a rebuild) may name any municipality. The SECURITY DEFINER functions that read
-- or write a whole municipality call it first, naming what they were asked to do.
CREATE OR REPLACE FUNCTION wijknet_refuse_other_scope(p_municipality_id text, p_action text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
DECLARE
  scope_municipality text := coalesce(current_setting('wijknet.municipality_id', true), '');
BEGIN
  IF scope_municipality <> '' AND scope_municipality <> p_municipality_id THEN
    RAISE EXCEPTION 'A scope of % cannot % of %', scope_municipality, p_action, p_municipality_id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;
