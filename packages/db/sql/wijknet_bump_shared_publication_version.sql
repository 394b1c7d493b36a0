-- The municipalities, their mergers or the indicator definitions changed, or a table of figures
-- was emptied at once (TRUNCATE, as the seed does): bump what every comparison shares, kept in the
-- row of the empty code of publication_versions.
CREATE OR REPLACE FUNCTION wijknet_bump_shared_publication_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  -- A TRUNCATE has no transition table, so changed_rows is only looked at for the others.
  IF TG_OP <> 'TRUNCATE' THEN
    IF NOT EXISTS (SELECT 1 FROM changed_rows) THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO publication_versions AS v (municipality_id, version) VALUES ('', 1)
  ON CONFLICT (municipality_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS public_indicator_figures_truncated ON public_indicator_figures;
CREATE TRIGGER public_indicator_figures_truncated AFTER TRUNCATE ON public_indicator_figures
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();

DROP TRIGGER IF EXISTS publication_settings_truncated ON publication_settings;
CREATE TRIGGER publication_settings_truncated AFTER TRUNCATE ON publication_settings
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();

DROP TRIGGER IF EXISTS municipalities_inserted ON municipalities;
CREATE TRIGGER municipalities_inserted AFTER INSERT ON municipalities
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();

DROP TRIGGER IF EXISTS municipalities_updated ON municipalities;
CREATE TRIGGER municipalities_updated AFTER UPDATE ON municipalities
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();

DROP TRIGGER IF EXISTS municipalities_deleted ON municipalities;
CREATE TRIGGER municipalities_deleted AFTER DELETE ON municipalities
  REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();

DROP TRIGGER IF EXISTS municipality_mergers_inserted ON municipality_mergers;
CREATE TRIGGER municipality_mergers_inserted AFTER INSERT ON municipality_mergers
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();

DROP TRIGGER IF EXISTS municipality_mergers_updated ON municipality_mergers;
CREATE TRIGGER municipality_mergers_updated AFTER UPDATE ON municipality_mergers
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();

DROP TRIGGER IF EXISTS municipality_mergers_deleted ON municipality_mergers;
CREATE TRIGGER municipality_mergers_deleted AFTER DELETE ON municipality_mergers
  REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();

DROP TRIGGER IF EXISTS indicator_definitions_inserted ON indicator_definitions;
CREATE TRIGGER indicator_definitions_inserted AFTER INSERT ON indicator_definitions
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();

DROP TRIGGER IF EXISTS indicator_definitions_updated ON indicator_definitions;
CREATE TRIGGER indicator_definitions_updated AFTER UPDATE ON indicator_definitions
  REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();

DROP TRIGGER IF EXISTS indicator_definitions_deleted ON indicator_definitions;
CREATE TRIGGER indicator_definitions_deleted AFTER DELETE ON indicator_definitions
  REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_bump_shared_publication_version();
