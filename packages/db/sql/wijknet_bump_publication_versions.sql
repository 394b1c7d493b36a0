-- A municipality's public figures, its ZRM change per life domain or its publication settings
-- changed: bump its own row of publication_versions, so writers of different municipalities never
-- wait on each other. In code order, so two transactions that each touch several municipalities
-- take the row locks in one order. The request role may only read the versions (its one policy is
-- for SELECT); the function writes with its owner's rights. Every statement that changes what a
-- public comparison may show bumps a version in its own transaction, so a cache of public answers
-- keyed on the sum of the versions never serves an answer older than the last commit it could
-- have seen. The ZRM change per life domain is published from zrm_domain_rollups itself, and can
-- change while the figure of zrm-mean-change stays the same (one domain up, another down), so its
-- changes bump the version too. A statement that changes no row bumps nothing.
CREATE OR REPLACE FUNCTION wijknet_bump_publication_versions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO publication_versions AS v (municipality_id, version)
  SELECT municipality_id, 1 FROM (SELECT DISTINCT municipality_id FROM changed_rows) c
  ORDER BY municipality_id
  ON CONFLICT (municipality_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS public_indicator_figures_inserted ON public_indicator_figures;
CREATE TRIGGER public_indicator_figures_inserted AFTER INSERT ON public_indicator_figures
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_publication_versions();

DROP TRIGGER IF EXISTS public_indicator_figures_updated ON public_indicator_figures;
CREATE TRIGGER public_indicator_figures_updated AFTER UPDATE ON public_indicator_figures
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_publication_versions();

DROP TRIGGER IF EXISTS public_indicator_figures_deleted ON public_indicator_figures;
CREATE TRIGGER public_indicator_figures_deleted AFTER DELETE ON public_indicator_figures
  REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_publication_versions();

DROP TRIGGER IF EXISTS publication_settings_inserted ON publication_settings;
CREATE TRIGGER publication_settings_inserted AFTER INSERT ON publication_settings
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_publication_versions();

DROP TRIGGER IF EXISTS publication_settings_updated ON publication_settings;
CREATE TRIGGER publication_settings_updated AFTER UPDATE ON publication_settings
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_publication_versions();

DROP TRIGGER IF EXISTS publication_settings_deleted ON publication_settings;
CREATE TRIGGER publication_settings_deleted AFTER DELETE ON publication_settings
  REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_publication_versions();

DROP TRIGGER IF EXISTS zrm_domain_rollups_inserted ON zrm_domain_rollups;
CREATE TRIGGER zrm_domain_rollups_inserted AFTER INSERT ON zrm_domain_rollups
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_publication_versions();

DROP TRIGGER IF EXISTS zrm_domain_rollups_updated ON zrm_domain_rollups;
CREATE TRIGGER zrm_domain_rollups_updated AFTER UPDATE ON zrm_domain_rollups
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_publication_versions();

DROP TRIGGER IF EXISTS zrm_domain_rollups_deleted ON zrm_domain_rollups;
CREATE TRIGGER zrm_domain_rollups_deleted AFTER DELETE ON zrm_domain_rollups
  REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_publication_versions();
