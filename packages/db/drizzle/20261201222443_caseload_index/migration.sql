-- A team's caseload, newest first (the `plans(teamId:, status:)` connection): with the team, the
-- status and the opening date in one index, the first page is read in order from the index
-- instead of sorting all of a team's plans; its prefix still serves plain team filters.
DROP INDEX IF EXISTS "plans_municipality_id_team_id_index";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "plans_municipality_id_team_id_status_opened_on_id_index" ON "plans" ("municipality_id","team_id","status","opened_on" DESC,"id" DESC);--> statement-breakpoint
-- Hand-written (drizzle's schema has no CREATE STATISTICS): a team lies in one municipality, so
-- the planner must not multiply their selectivities. Without these statistics it expects a few
-- dozen of a busy team's thousands of active plans and sorts them all rather than read the index.
CREATE STATISTICS IF NOT EXISTS "plans_team_caseload_statistics" (dependencies, mcv) ON "municipality_id", "team_id", "status" FROM "plans";--> statement-breakpoint
ANALYZE "plans";
