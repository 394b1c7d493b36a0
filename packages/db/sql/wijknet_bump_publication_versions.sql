-- A municipality's public figures or publication settings changed: bump its own row of
-- publication_versions, so writers of different municipalities never wait on each other. In code
-- order, so two transactions that each touch several municipalities take the row locks in one
-- order. The request role may only read the versions (its one policy is for SELECT); the function
-- writes with its owner's rights. Every statement that changes what a public comparison may show
-- bumps a version in its own transaction, so a cache of public answers keyed on the sum of the
-- versions never serves an answer older than the last commit it could have seen.
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
