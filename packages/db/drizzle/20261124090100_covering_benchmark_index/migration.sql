-- Hand-written: the benchmark index also carries the counts, so "all municipalities, one indicator,
-- twelve quarters" is read from the index alone (an index-only scan) instead of from thousands of
-- heap pages, one per municipality and period. drizzle's index builder has no INCLUDE, so the
-- schema in src/schema/rollup.ts names the key columns only.
DROP INDEX IF EXISTS "indicator_rollups_benchmark_idx";
--> statement-breakpoint
CREATE INDEX "indicator_rollups_benchmark_idx" ON "indicator_rollups" ("indicator_code","level","period","municipality_id") INCLUDE ("unit_id","numerator","denominator","n");
