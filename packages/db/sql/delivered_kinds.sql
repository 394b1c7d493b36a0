-- What crosses a municipality's boundary of its deliveries: only whether a kind was delivered
-- (and accepted) in a quarter, never a file's name, rows, sender or problems. The view runs with
-- its owner's rights, so it reads past row-level security.
CREATE OR REPLACE VIEW delivered_kinds AS
SELECT DISTINCT municipality_id, period, kind
FROM deliveries
WHERE is_accepted;

GRANT SELECT ON delivered_kinds TO wijknet_app;
