CREATE TABLE "districts" (
	"id" text PRIMARY KEY,
	"municipality_id" text NOT NULL,
	"name" text NOT NULL,
	"inhabitants" integer NOT NULL,
	"households" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"id" text PRIMARY KEY,
	"name" text NOT NULL,
	"province" text,
	"inhabitants" integer,
	"households" integer,
	"urbanity" smallint,
	"valid_from" date,
	"valid_until" date
);
--> statement-breakpoint
CREATE TABLE "municipality_mergers" (
	"old_id" text,
	"new_id" text,
	"effective_on" date NOT NULL,
	"old_name" text NOT NULL,
	"new_name" text NOT NULL,
	"share" real DEFAULT 1 NOT NULL,
	CONSTRAINT "municipality_mergers_pkey" PRIMARY KEY("old_id","new_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"household_id" uuid NOT NULL,
	"plan_id" uuid,
	"assessed_on" date NOT NULL,
	"moment" text NOT NULL,
	"finances" smallint,
	"work_and_education" smallint,
	"time_use" smallint,
	"housing" smallint,
	"domestic_relations" smallint,
	"mental_health" smallint,
	"physical_health" smallint,
	"substance_use" smallint,
	"basic_adl" smallint,
	"instrumental_adl" smallint,
	"social_network" smallint,
	"social_participation" smallint,
	"justice" smallint,
	"parenting" smallint,
	CONSTRAINT "assessments_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "assessments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "households" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"district_id" text NOT NULL,
	"reference_hash" text NOT NULL,
	"size" smallint NOT NULL,
	"adults" smallint NOT NULL,
	"minors" smallint NOT NULL,
	"eldest_age_band" text NOT NULL,
	"registered_on" date NOT NULL,
	"intake_channel" text NOT NULL,
	CONSTRAINT "households_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "households_municipality_id_reference_hash_unique" UNIQUE("municipality_id","reference_hash")
);
--> statement-breakpoint
ALTER TABLE "households" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "audit_log" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"role" text NOT NULL,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text,
	"details" text,
	CONSTRAINT "audit_log_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "indicator_definitions" (
	"code" text PRIMARY KEY,
	"indicator_group" text NOT NULL,
	"scale" real NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publication_settings" (
	"municipality_id" text,
	"indicator_group" text,
	"is_published" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publication_settings_pkey" PRIMARY KEY("municipality_id","indicator_group")
);
--> statement-breakpoint
ALTER TABLE "publication_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "registered_events" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"type" text NOT NULL,
	"occurred_on" date NOT NULL,
	"household_id" uuid,
	"plan_id" uuid,
	"team_id" uuid,
	"district_id" text,
	CONSTRAINT "registered_events_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "registered_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stories" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"team_id" uuid,
	"period" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"life_domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stories_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "stories" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "actions" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"plan_id" uuid NOT NULL,
	"goal_id" uuid,
	"kind" text NOT NULL,
	"escalation_target" text,
	"started_on" date NOT NULL,
	CONSTRAINT "actions_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "actions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "goals" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"plan_id" uuid NOT NULL,
	"life_domain" text NOT NULL,
	"start_level" smallint NOT NULL,
	"target_level" smallint NOT NULL,
	CONSTRAINT "goals_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "goals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plan_events" (
	"municipality_id" text,
	"plan_id" uuid,
	"sequence" integer,
	"type" text NOT NULL,
	"occurred_on" date NOT NULL,
	"payload" jsonb DEFAULT '{}' NOT NULL,
	CONSTRAINT "plan_events_pkey" PRIMARY KEY("municipality_id","plan_id","sequence")
);
--> statement-breakpoint
ALTER TABLE "plan_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plans" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"household_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"lead_member_id" uuid,
	"status" text NOT NULL,
	"opened_on" date NOT NULL,
	"activated_on" date,
	"closed_on" date,
	"closure_reason" text,
	"first_escalated_on" date,
	"deescalated_on" date,
	CONSTRAINT "plans_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "indicator_rollups" (
	"municipality_id" text,
	"level" text,
	"unit_id" text,
	"period" text,
	"indicator_code" text,
	"numerator" double precision NOT NULL,
	"denominator" double precision NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "indicator_rollups_pkey" PRIMARY KEY("municipality_id","level","unit_id","period","indicator_code")
);
--> statement-breakpoint
ALTER TABLE "indicator_rollups" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "members" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"team_id" uuid NOT NULL,
	"discipline" text NOT NULL,
	"generalist_domain" text,
	"ring" text NOT NULL,
	"contracted_hours" numeric(4,1) NOT NULL,
	"hours_in_team" numeric(4,1) NOT NULL,
	"hours_in_wijk" numeric(4,1) NOT NULL,
	"seconding_organisation" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	CONSTRAINT "members_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "team_districts" (
	"municipality_id" text,
	"team_id" uuid,
	"district_id" text,
	CONSTRAINT "team_districts_pkey" PRIMARY KEY("municipality_id","team_id","district_id")
);
--> statement-breakpoint
ALTER TABLE "team_districts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "teams" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"mandate" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	CONSTRAINT "teams_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "teams" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "districts_municipality_id_index" ON "districts" ("municipality_id");--> statement-breakpoint
CREATE INDEX "municipality_mergers_new_id_index" ON "municipality_mergers" ("new_id");--> statement-breakpoint
CREATE INDEX "assessments_municipality_id_household_id_index" ON "assessments" ("municipality_id","household_id");--> statement-breakpoint
CREATE INDEX "assessments_municipality_id_plan_id_index" ON "assessments" ("municipality_id","plan_id");--> statement-breakpoint
CREATE INDEX "households_municipality_id_district_id_index" ON "households" ("municipality_id","district_id");--> statement-breakpoint
CREATE INDEX "audit_log_municipality_id_occurred_at_index" ON "audit_log" ("municipality_id","occurred_at");--> statement-breakpoint
CREATE INDEX "registered_events_municipality_id_occurred_on_index" ON "registered_events" ("municipality_id","occurred_on");--> statement-breakpoint
CREATE INDEX "actions_municipality_id_plan_id_index" ON "actions" ("municipality_id","plan_id");--> statement-breakpoint
CREATE INDEX "goals_municipality_id_plan_id_index" ON "goals" ("municipality_id","plan_id");--> statement-breakpoint
CREATE INDEX "plan_events_municipality_id_type_occurred_on_index" ON "plan_events" ("municipality_id","type","occurred_on");--> statement-breakpoint
CREATE INDEX "plans_municipality_id_household_id_index" ON "plans" ("municipality_id","household_id");--> statement-breakpoint
CREATE INDEX "plans_municipality_id_team_id_index" ON "plans" ("municipality_id","team_id");--> statement-breakpoint
CREATE INDEX "indicator_rollups_benchmark_idx" ON "indicator_rollups" ("indicator_code","level","period","municipality_id");--> statement-breakpoint
CREATE INDEX "members_municipality_id_team_id_index" ON "members" ("municipality_id","team_id");--> statement-breakpoint
CREATE INDEX "team_districts_municipality_id_district_id_index" ON "team_districts" ("municipality_id","district_id");--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_municipality_id_municipalities_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_MJCjivYHuGfC_fkey" FOREIGN KEY ("municipality_id","household_id") REFERENCES "households"("municipality_id","id");--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_municipality_id_municipalities_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id");--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_district_id_districts_id_fkey" FOREIGN KEY ("district_id") REFERENCES "districts"("id");--> statement-breakpoint
ALTER TABLE "publication_settings" ADD CONSTRAINT "publication_settings_municipality_id_municipalities_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id");--> statement-breakpoint
ALTER TABLE "registered_events" ADD CONSTRAINT "registered_events_municipality_id_municipalities_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id");--> statement-breakpoint
ALTER TABLE "registered_events" ADD CONSTRAINT "registered_events_district_id_districts_id_fkey" FOREIGN KEY ("district_id") REFERENCES "districts"("id");--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_municipality_id_plan_id_plans_municipality_id_id_fkey" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "plans"("municipality_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_plan_id_plans_municipality_id_id_fkey" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "plans"("municipality_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "plan_events" ADD CONSTRAINT "plan_events_l5t4kE1ij8oC_fkey" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "plans"("municipality_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_92EY7z17crxX_fkey" FOREIGN KEY ("municipality_id","household_id") REFERENCES "households"("municipality_id","id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_municipality_id_team_id_teams_municipality_id_id_fkey" FOREIGN KEY ("municipality_id","team_id") REFERENCES "teams"("municipality_id","id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_LzegckHCqe6g_fkey" FOREIGN KEY ("municipality_id","lead_member_id") REFERENCES "members"("municipality_id","id");--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_municipality_id_team_id_teams_municipality_id_id_fkey" FOREIGN KEY ("municipality_id","team_id") REFERENCES "teams"("municipality_id","id");--> statement-breakpoint
ALTER TABLE "team_districts" ADD CONSTRAINT "team_districts_district_id_districts_id_fkey" FOREIGN KEY ("district_id") REFERENCES "districts"("id");--> statement-breakpoint
ALTER TABLE "team_districts" ADD CONSTRAINT "team_districts_OIQOANrYEwD4_fkey" FOREIGN KEY ("municipality_id","team_id") REFERENCES "teams"("municipality_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_municipality_id_municipalities_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id");--> statement-breakpoint
CREATE POLICY "assessments_tenant_isolation" ON "assessments" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("assessments"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("assessments"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "households_tenant_isolation" ON "households" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("households"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("households"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "households_team_caseload" ON "households" AS RESTRICTIVE FOR ALL TO "wijknet_app" USING (nullif(current_setting('wijknet.team_id', true), '')::uuid is null or (exists (select 1 from team_districts td where td.team_id = nullif(current_setting('wijknet.team_id', true), '')::uuid and td.district_id = "households"."district_id"))) WITH CHECK (nullif(current_setting('wijknet.team_id', true), '')::uuid is null or (exists (select 1 from team_districts td where td.team_id = nullif(current_setting('wijknet.team_id', true), '')::uuid and td.district_id = "households"."district_id")));--> statement-breakpoint
CREATE POLICY "audit_log_tenant_isolation" ON "audit_log" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("audit_log"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("audit_log"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "publication_settings_tenant_isolation" ON "publication_settings" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("publication_settings"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("publication_settings"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "registered_events_tenant_isolation" ON "registered_events" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("registered_events"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("registered_events"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "stories_tenant_isolation" ON "stories" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("stories"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("stories"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "actions_tenant_isolation" ON "actions" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("actions"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("actions"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "goals_tenant_isolation" ON "goals" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("goals"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("goals"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "plan_events_tenant_isolation" ON "plan_events" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("plan_events"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("plan_events"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "plans_tenant_isolation" ON "plans" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("plans"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("plans"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "plans_team_caseload" ON "plans" AS RESTRICTIVE FOR ALL TO "wijknet_app" USING (nullif(current_setting('wijknet.team_id', true), '')::uuid is null or ("plans"."team_id" = nullif(current_setting('wijknet.team_id', true), '')::uuid)) WITH CHECK (nullif(current_setting('wijknet.team_id', true), '')::uuid is null or ("plans"."team_id" = nullif(current_setting('wijknet.team_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "indicator_rollups_tenant_isolation" ON "indicator_rollups" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("indicator_rollups"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("indicator_rollups"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "members_tenant_isolation" ON "members" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("members"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("members"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "team_districts_tenant_isolation" ON "team_districts" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("team_districts"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("team_districts"."municipality_id" = current_setting('wijknet.municipality_id', true));--> statement-breakpoint
CREATE POLICY "teams_tenant_isolation" ON "teams" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("teams"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("teams"."municipality_id" = current_setting('wijknet.municipality_id', true));