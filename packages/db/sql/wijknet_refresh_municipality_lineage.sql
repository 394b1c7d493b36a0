-- The municipalities or their mergers changed: build municipality_lineage again from them, in the
-- same transaction, so no reader sees a lineage older than the codes it joins to.
CREATE OR REPLACE FUNCTION wijknet_refresh_municipality_lineage() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  REFRESH MATERIALIZED VIEW municipality_lineage;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS municipalities_lineage_refreshed ON municipalities;
CREATE TRIGGER municipalities_lineage_refreshed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON municipalities
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_refresh_municipality_lineage();

DROP TRIGGER IF EXISTS municipality_mergers_lineage_refreshed ON municipality_mergers;
CREATE TRIGGER municipality_mergers_lineage_refreshed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON municipality_mergers
  FOR EACH STATEMENT EXECUTE FUNCTION wijknet_refresh_municipality_lineage();
