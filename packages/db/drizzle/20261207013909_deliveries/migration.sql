CREATE TABLE "deliveries" (
	"municipality_id" text,
	"id" uuid DEFAULT gen_random_uuid(),
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"period" text NOT NULL,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"role" text NOT NULL,
	"is_accepted" boolean NOT NULL,
	"rows" integer NOT NULL,
	"inserted" integer NOT NULL,
	"updated" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"refusal_code" text,
	"refusal_summary" text,
	"problems" jsonb DEFAULT '[]' NOT NULL,
	"problem_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "deliveries_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "operation" text;--> statement-breakpoint
CREATE INDEX "deliveries_municipality_id_period_delivered_at_index" ON "deliveries" ("municipality_id","period","delivered_at");--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_municipality_id_municipalities_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id");--> statement-breakpoint
CREATE POLICY "deliveries_tenant_isolation" ON "deliveries" AS PERMISSIVE FOR ALL TO "wijknet_app" USING ("deliveries"."municipality_id" = current_setting('wijknet.municipality_id', true)) WITH CHECK ("deliveries"."municipality_id" = current_setting('wijknet.municipality_id', true));
